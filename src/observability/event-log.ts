import type { Logger } from "pino";

/**
 * Something the process did (started, migrated, seeded, supervised Neo4j, stopped), as a name
 * with fields for machines and a sentence for people. `event` names are dotted and stable
 * (`neo4j.embedded.started`): dashboards and alerts key on them.
 */
export interface LogEvent {
  event: string;
  message: string;
  level?: "debug" | "info" | "warn" | "error";
  [field: string]: unknown;
}

/** Receives events; the service logs them through pino, command-line tools print the sentence. */
export type EventLog = (entry: LogEvent) => void;

/**
 * For command-line tools, whose output is read by a person: the sentence alone, through `print`
 * (warnings and errors to standard error), debug events left out.
 */
export function printedEventLog(print: (line: string) => void): EventLog {
  return ({ level = "info", message }) => {
    if (level === "debug") {
      return;
    }
    (level === "info" ? print : console.error)(message);
  };
}

/** Events printed to standard output, for a person. */
export const printEventLog: EventLog = printedEventLog((line) => console.log(line));

/** Events as pino lines: `{"event": ..., ...fields, "msg": message}` at the event's level. */
export function loggerEventLog(logger: Logger): EventLog {
  return ({ level = "info", message, ...fields }) => logger[level](fields, message);
}
