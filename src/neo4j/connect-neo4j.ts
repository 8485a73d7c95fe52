import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";

import type { Neo4jConfig } from "../config/config.js";
import type { EventLog } from "../observability/event-log.js";
import { printEventLog } from "../observability/event-log.js";
import { driverOptions } from "./driver-options.js";
import { ensureEmbeddedNeo4jBuilt } from "./embedded/build-embedded-neo4j.js";
import type { EmbeddedNeo4jStartError } from "./embedded/start-embedded-neo4j.js";
import type { SupervisedEmbeddedNeo4j } from "./embedded/supervise-embedded-neo4j.js";
import { superviseEmbeddedNeo4j } from "./embedded/supervise-embedded-neo4j.js";

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** Present when we started Neo4j ourselves (and restart it when it dies). */
  embedded: SupervisedEmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

export class Neo4jConnectionError extends Error {
  override name = "Neo4jConnectionError";
}

export interface ConnectOptions {
  /** Where start-up and supervision events go: printed for a person by default. */
  log?: EventLog;
  /**
   * The embedded Neo4j died and could not be restarted. By default the message is printed and
   * the process exits with code 1, for its own supervisor (systemd, Kubernetes) to restart it.
   */
  onEmbeddedGaveUp?: (error: EmbeddedNeo4jStartError) => void;
}

function exitForSupervisor(error: EmbeddedNeo4jStartError): never {
  console.error(`showgraph: ${error.message}`);
  process.exit(1);
}

/**
 * One driver per process. Without NEO4J_URI we start the embedded Neo4j first (supervised:
 * restarted when its JVM dies); with it we connect to whatever it names (a neo4j:// URI routes
 * across a cluster). Either way the driver is verified before it is handed out, so a wrong
 * password fails at start-up, not on a query.
 */
export async function connectNeo4j(
  config: Neo4jConfig,
  { log = printEventLog, onEmbeddedGaveUp = exitForSupervisor }: ConnectOptions = {},
): Promise<Neo4jConnection> {
  let embedded: SupervisedEmbeddedNeo4j | undefined;
  let uri = config.uri;
  let auth = neo4j.auth.basic(config.username, config.password);
  if (uri === undefined) {
    await ensureEmbeddedNeo4jBuilt(log);
    const started = Date.now();
    embedded = await superviseEmbeddedNeo4j(config.embedded, {
      // Deaths, restarts and give-ups are what an operator must see: warnings, with the sentence.
      log: (message) => log({ event: "neo4j.embedded.supervision", level: "warn", message }),
      onGiveUp: onEmbeddedGaveUp,
    });
    uri = embedded.uri;
    auth = neo4j.auth.basic(embedded.username, embedded.password);
    log({
      event: "neo4j.embedded.started",
      level: "debug",
      uri,
      pid: embedded.pid,
      home: config.embedded.home,
      seconds: (Date.now() - started) / 1000,
      message: `Started the embedded Neo4j at ${uri} (pid ${embedded.pid}, data in ${config.embedded.home})`,
    });
  }
  const driver = neo4j.driver(uri, auth, driverOptions(config.driver));
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Neo4jConnectionError(
      `Could not connect to Neo4j at ${uri} (database "${config.database}"): ${reason}`,
    );
  }
  return {
    driver,
    uri,
    embedded,
    async close() {
      await driver.close();
      if (embedded) {
        const stopping = Date.now();
        await embedded.stop();
        log({
          event: "neo4j.embedded.stopped",
          level: "debug",
          pid: embedded.pid,
          seconds: (Date.now() - stopping) / 1000,
          message: `Stopped the embedded Neo4j (pid ${embedded.pid})`,
        });
      }
    },
  };
}
