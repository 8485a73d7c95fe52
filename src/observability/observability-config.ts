import { z } from "zod";

import { wholeMilliseconds } from "../config/whole-milliseconds.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** pino's levels (https://getpino.io/#/docs/api?id=levels), plus `silent` for none. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Where /metrics is served: `off`, `on` (the service's own port), or a port number of its own
 * (0 picks a free one), so that Prometheus can scrape a port the load balancer does not publish.
 */
export type MetricsSetting = { enabled: false } | { enabled: true; port: number | undefined };

/** Logging, metrics and shutdown settings (docs/operations.md). */
export interface ObservabilityConfig {
  logLevel: LogLevel;
  metrics: MetricsSetting;
  /** SHUTDOWN_GRACE_MS: how long requests in flight may run on after SIGTERM/SIGINT. */
  shutdownGraceMs: number;
  /** SHUTDOWN_DRAIN_MS: after SIGTERM, how long readiness fails while requests are still served. */
  shutdownDrainMs: number;
}

const metricsSetting = z
  .string()
  .regex(/^(on|off|\d{1,5})$/, "METRICS must be on, off or a port number")
  .refine((value) => !/^\d+$/.test(value) || Number(value) <= 65535, "METRICS port must be at most 65535")
  .transform((value): MetricsSetting =>
    value === "off"
      ? { enabled: false }
      : { enabled: true, port: value === "on" ? undefined : Number(value) },
  );

/** The environment variables of this feature, merged into the service's one schema (config.ts). */
export const observabilityEnvironment = {
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` })
    .default("info"),
  METRICS: metricsSetting.default({ enabled: true, port: undefined }),
  SHUTDOWN_GRACE_MS: wholeMilliseconds("SHUTDOWN_GRACE_MS").default(10_000),
  // Two HAProxy checks (deploy/haproxy.cfg: inter 1s fall 2) and one more interval for the check
  // in flight; Kubernetes users set it to the endpoint propagation time (docs/operations.md).
  SHUTDOWN_DRAIN_MS: wholeMilliseconds("SHUTDOWN_DRAIN_MS").default(3_000),
};

type ObservabilityEnvironment = {
  [Name in keyof typeof observabilityEnvironment]: z.output<(typeof observabilityEnvironment)[Name]>;
};

export function toObservabilityConfig(env: ObservabilityEnvironment): ObservabilityConfig {
  return {
    logLevel: env.LOG_LEVEL,
    metrics: env.METRICS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    shutdownDrainMs: env.SHUTDOWN_DRAIN_MS,
  };
}
