import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

import type { TransactionRecord } from "../neo4j/cypher-executor.js";

/**
 * Buckets in seconds from 5 ms to 30 s: a cached look-up takes a few milliseconds, a deep query
 * or an export several seconds, and NEO4J_QUERY_TIMEOUT_MS (15 s by default) ends the rest.
 */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

/**
 * Distinct values kept for a label a client chooses (the GraphQL operation name); past it they
 * count as "other", so that a client sending random names cannot grow the registry without bound.
 */
const MAX_OPERATION_LABELS = 200;

/**
 * The service's Prometheus metrics, in a registry of their own (docs/operations.md lists them).
 * Names follow https://prometheus.io/docs/practices/naming/: a `showgraph_` prefix, base units
 * (seconds, bytes), `_total` for counters; Node's default process metrics keep their own names.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  /** A GraphQL operation name, a client's choice, as a label value (see MAX_OPERATION_LABELS). */
  readonly operationLabel = boundedLabel(MAX_OPERATION_LABELS);
  readonly #transactionLabel = boundedLabel(MAX_OPERATION_LABELS);

  readonly requestDuration = durationHistogram(
    this.registry,
    "showgraph_http_request_duration_seconds",
    "HTTP requests by route (graphql, export, health, ready, metrics, explore, other), GraphQL operation name or export scope, and outcome (ok, error)",
    "route",
  );

  readonly errors = new Counter({
    name: "showgraph_errors_total",
    help: "Errors sent to clients by extensions.code (GraphQL) or error.code (other routes)",
    labelNames: ["route", "code"] as const,
    registers: [this.registry],
  });

  readonly inFlight = new Gauge({
    name: "showgraph_http_requests_in_flight",
    help: "HTTP requests being handled now",
    registers: [this.registry],
  });

  readonly exportBytes = new Counter({
    name: "showgraph_export_bytes_total",
    help: "Bytes sent by /export/* responses (headers included), by scope",
    labelNames: ["scope"] as const,
    registers: [this.registry],
  });

  readonly transactionDuration = durationHistogram(
    this.registry,
    "showgraph_neo4j_transaction_duration_seconds",
    "Neo4j transactions (pool wait and retries included) by operation, access mode and outcome",
    "mode",
  );

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** A TransactionListener (CypherExecutor.onTransaction). */
  readonly observeTransaction = (transaction: TransactionRecord): void => {
    this.transactionDuration
      .labels({
        operation: this.#transactionLabel(transaction.operation),
        mode: transaction.mode.toLowerCase(),
        outcome: transaction.outcome,
      })
      .observe(transaction.durationMs / 1000);
  };
}

/** A histogram in seconds labelled by `operation`, `outcome` and one label of its own. */
function durationHistogram<Label extends string>(
  registry: Registry,
  name: string,
  help: string,
  label: Label,
): Histogram<Label | "operation" | "outcome"> {
  return new Histogram({
    name,
    help,
    labelNames: [label, "operation", "outcome"],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
}

/** Maps names to themselves until `max` are in use, then new ones to "other". */
function boundedLabel(max: number): (name: string) => string {
  const seen = new Set<string>();
  return (name) => {
    if (seen.has(name)) {
      return name;
    }
    if (seen.size >= max) {
      return "other";
    }
    seen.add(name);
    return name;
  };
}
