import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";

import type { Neo4jConfig } from "../config/config.js";
import type { EventLog } from "../observability/event-log.js";
import { printEventLog } from "../observability/event-log.js";
import { ensureEmbeddedNeo4jBuilt } from "./embedded/build-embedded-neo4j.js";
import type { RunningEmbeddedNeo4j } from "./embedded/start-embedded-neo4j.js";
import { startEmbeddedNeo4j } from "./embedded/start-embedded-neo4j.js";

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** Present when we started Neo4j ourselves. */
  embedded: RunningEmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

export class Neo4jConnectionError extends Error {
  override name = "Neo4jConnectionError";
}

/**
 * One driver per process. Without NEO4J_URI we start the embedded Neo4j first; with it we
 * connect to whatever it names (a neo4j:// URI routes across a cluster). Either way the driver
 * is verified before it is handed out, so a wrong password fails at start-up, not on a query.
 */
export async function connectNeo4j(
  config: Neo4jConfig,
  log: EventLog = printEventLog,
): Promise<Neo4jConnection> {
  let embedded: RunningEmbeddedNeo4j | undefined;
  let uri = config.uri;
  if (uri === undefined) {
    await ensureEmbeddedNeo4jBuilt(log);
    const started = Date.now();
    embedded = await startEmbeddedNeo4j(config.embedded);
    uri = embedded.uri;
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
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.username, config.password), {
    userAgent: "showgraph/0.1",
    connectionAcquisitionTimeout: 30_000,
  });
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
