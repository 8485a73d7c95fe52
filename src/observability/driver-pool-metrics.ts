import type { Driver } from "neo4j-driver";
import { Gauge } from "prom-client";
import type { Registry } from "prom-client";

/**
 * The shape of neo4j-driver 6's connection pool, which it does not expose: the JavaScript driver
 * has no public pool metrics (the Java driver's `Metrics` has no counterpart; see
 * neo4j/neo4j-go-driver#637 for the drivers' plans). Read defensively: another driver version
 * may lay it out differently, and then the gauge just reports nothing.
 */
interface PoolInternals {
  _connectionProvider?: {
    _connectionPool?: {
      _pools?: Record<string, { length?: number; _elementsInUse?: Set<unknown> } | undefined>;
    };
  } | null;
}

/** Connections per Neo4j address and state ("in_use", "idle"), as the driver's pool holds them now. */
export function poolConnections(driver: Driver): { address: string; inUse: number; idle: number }[] {
  const pools = (driver as unknown as PoolInternals)._connectionProvider?._connectionPool?._pools ?? {};
  return Object.entries(pools).flatMap(([address, pool]) =>
    pool && typeof pool.length === "number" && pool._elementsInUse instanceof Set
      ? [{ address, inUse: pool._elementsInUse.size, idle: pool.length }]
      : [],
  );
}

/**
 * `showgraph_neo4j_pool_connections{address, state}`, read from `driver` at each scrape; compare
 * with NEO4J_MAX_CONNECTION_POOL_SIZE (the driver's maxConnectionPoolSize, 100 by default).
 */
export function registerDriverPoolMetrics(registry: Registry, driver: Driver): void {
  new Gauge({
    name: "showgraph_neo4j_pool_connections",
    help: "Bolt connections in the Neo4j driver's pool, by server address and state (in_use, idle)",
    labelNames: ["address", "state"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { address, inUse, idle } of poolConnections(driver)) {
        this.labels({ address, state: "in_use" }).set(inUse);
        this.labels({ address, state: "idle" }).set(idle);
      }
    },
  });
}
