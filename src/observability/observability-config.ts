import { z } from "zod";

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
  SHUTDOWN_GRACE_MS: z.coerce
    .number({ error: "SHUTDOWN_GRACE_MS must be a number of milliseconds" })
    .int("SHUTDOWN_GRACE_MS must be a whole number")
    .min(0, "SHUTDOWN_GRACE_MS must not be negative")
    .default(10_000),
};

type ObservabilityEnvironment = {
  [Name in keyof typeof observabilityEnvironment]: z.output<(typeof observabilityEnvironment)[Name]>;
};

export function toObservabilityConfig(env: ObservabilityEnvironment): ObservabilityConfig {
  return { logLevel: env.LOG_LEVEL, metrics: env.METRICS, shutdownGraceMs: env.SHUTDOWN_GRACE_MS };
}
