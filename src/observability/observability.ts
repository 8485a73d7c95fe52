import type { DestinationStream } from "pino";

import { createLogger } from "./logger.js";
import type { Observability } from "./observe-http-server.js";
import type { ObservabilityConfig } from "./observability-config.js";
import { ServiceMetrics } from "./service-metrics.js";

/** The process's logger and metrics registry, as LOG_LEVEL and METRICS say. */
export function createObservability(
  config: ObservabilityConfig,
  destination?: DestinationStream,
): Observability {
  return {
    logger: createLogger({ level: config.logLevel, destination }),
    metrics: config.metrics.enabled ? new ServiceMetrics() : undefined,
    metricsPort: config.metrics.enabled ? config.metrics.port : undefined,
  };
}

/** No log lines, metrics on the service's port: for servers started by tests and tools. */
export function quietObservability(): Observability {
  return createObservability({
    logLevel: "silent",
    metrics: { enabled: true, port: undefined },
    shutdownGraceMs: 0,
    shutdownDrainMs: 0,
  });
}
