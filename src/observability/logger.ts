import { hostname } from "node:os";

import type { DestinationStream, Logger } from "pino";
import { pino } from "pino";
import pinoPretty from "pino-pretty";

import type { LogLevel } from "./observability-config.js";

/**
 * Paths pino blanks out whatever logs them: credentials and GraphQL variables (personal data a
 * client sends) never reach the log pipeline, even when a later change logs a whole object.
 * Syntax: https://getpino.io/#/docs/redaction
 */
export const REDACTED_PATHS = [
  "authorization",
  "password",
  "token",
  "variables",
  "*.authorization",
  "*.password",
  "*.token",
  "*.variables",
  "req.headers.authorization",
  "req.headers.cookie",
  "req.headers['proxy-authorization']",
];

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go; default stdout, pretty-printed only when stdout is a terminal. */
  destination?: DestinationStream;
}

/**
 * The process's root logger: one JSON object a line (pino's format: `level` as a number, `time`
 * in epoch milliseconds, `msg`), so a log pipeline can parse it; when a person watches a
 * terminal, pino-pretty's colourful one-liners instead.
 */
export function createLogger({ level, destination }: LoggerOptions): Logger {
  const options = {
    level,
    base: { service: "showgraph", pid: process.pid, hostname: hostname() },
    redact: REDACTED_PATHS,
  };
  if (destination) {
    return pino(options, destination);
  }
  if (process.stdout.isTTY) {
    return pino(options, pinoPretty({ colorize: true, ignore: "pid,hostname,service" }));
  }
  return pino(options, pino.destination({ dest: 1, sync: false }));
}
