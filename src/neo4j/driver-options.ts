import type { Config as DriverConfig } from "neo4j-driver";

import type { Neo4jDriverConfig } from "../config/config.js";

/**
 * Pooled connections idle longer than this are checked with a RESET round trip before use. A
 * connection to a Neo4j that died and came back is dead although its socket may still look open
 * (a restarted server on another host, a proxy in between); without the check the pool hands it
 * out and the request fails with it. One second: under load connections are rarely idle that
 * long, so busy pools pay nothing, and an idle service pays one round trip per request.
 */
const LIVENESS_CHECK_MS = 1_000;

/**
 * The driver settings of the service and of the tests, which configure theirs the same way:
 * NEO4J_* pool and retry settings (config.ts), the liveness check above, and the user agent
 * that Neo4j's query log shows.
 */
export function driverOptions(config: Neo4jDriverConfig): DriverConfig {
  return {
    userAgent: "showgraph/0.1",
    maxConnectionPoolSize: config.maxConnectionPoolSize,
    connectionAcquisitionTimeout: config.connectionAcquisitionTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    maxTransactionRetryTime: config.maxTransactionRetryTimeMs,
    fetchSize: config.fetchSize,
    connectionLivenessCheckTimeout: LIVENESS_CHECK_MS,
  };
}
