import { isAbsolute, resolve } from "node:path";

import { z } from "zod";

import type { AuthConfig } from "../auth/create-authenticator.js";
import { projectRoot } from "../common/project-root.js";
import type { ExportSlotLimits } from "../export/export-slots.js";
import { DEFAULT_EXPORT_SLOT_LIMITS } from "../export/export-slots.js";
import type { HttpCacheConfig } from "../http-cache/http-cache-config.js";
import type { OperationLimits, RequestLimits } from "../limits/operation-limits.js";
import { DEFAULT_OPERATION_LIMITS, DEFAULT_REQUEST_LIMITS } from "../limits/operation-limits.js";
import type { ObservabilityConfig } from "../observability/observability-config.js";
import { observabilityEnvironment, toObservabilityConfig } from "../observability/observability-config.js";

const NEO4J_SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`);

const positiveInteger = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be positive`);

const wholeNumber = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0 or more`);

const byteSize = (name: string) =>
  z.string().regex(/^\d+[kmg]$/i, `${name} must be a size such as 512m or 1g`);

const flag = (name: string) =>
  z
    .enum(["true", "false", "1", "0"], { error: `${name} must be true or false` })
    .transform((v) => v === "true" || v === "1");

const neo4jUri = z.string().refine(
  (value) => {
    try {
      return NEO4J_SCHEMES.includes(new URL(value).protocol.replace(/:$/, ""));
    } catch {
      return false;
    }
  },
  `NEO4J_URI must be a URI such as neo4j://host:7687 or bolt://localhost:7687 (schemes: ${NEO4J_SCHEMES.join(", ")})`,
);

/** A JWKS is fetched over HTTPS; plain HTTP only from this machine (a test's or a sidecar's). */
const jwksUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" ||
      (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname))
    );
  } catch {
    return false;
  }
}, "AUTH_JWKS_URL must be an https:// URL (http:// only for localhost)");

const JWT_SETTINGS = ["AUTH_JWT_ISSUER", "AUTH_JWT_AUDIENCE"] as const;

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: port("PORT").default(4000),
    NEO4J_URI: neo4jUri.optional(),
    NEO4J_USERNAME: z.string().default("neo4j"),
    NEO4J_PASSWORD: z.string().default(""),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
    NEO4J_MAX_CONNECTION_POOL_SIZE: positiveInteger("NEO4J_MAX_CONNECTION_POOL_SIZE").default(100),
    NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS: positiveInteger(
      "NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS",
    ).default(5_000),
    NEO4J_CONNECTION_TIMEOUT_MS: positiveInteger("NEO4J_CONNECTION_TIMEOUT_MS").default(2_000),
    NEO4J_MAX_TRANSACTION_RETRY_TIME_MS: wholeNumber("NEO4J_MAX_TRANSACTION_RETRY_TIME_MS").default(2_000),
    NEO4J_FETCH_SIZE: positiveInteger("NEO4J_FETCH_SIZE").default(1_000),
    NEO4J_EMBEDDED_HOME: z.string().default(".data/neo4j"),
    NEO4J_EMBEDDED_BOLT_PORT: port("NEO4J_EMBEDDED_BOLT_PORT").default(7687),
    NEO4J_EMBEDDED_HEAP: byteSize("NEO4J_EMBEDDED_HEAP").default("512m"),
    NEO4J_EMBEDDED_PAGE_CACHE: byteSize("NEO4J_EMBEDDED_PAGE_CACHE").default("128m"),
    // Includes the JVM's first Cypher statement (it sets the password), which compiles Cypher's runtime.
    NEO4J_EMBEDDED_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
    NEO4J_EMBEDDED_RESTARTS: wholeNumber("NEO4J_EMBEDDED_RESTARTS").default(5),
    SEED_ON_START: flag("SEED_ON_START").default(true),
    GRAPHQL_INTROSPECTION: flag("GRAPHQL_INTROSPECTION").optional(),
    EXPORT_MAX_ELEMENTS: positiveInteger("EXPORT_MAX_ELEMENTS").default(50_000),
    GRAPHQL_MAX_DEPTH: positiveInteger("GRAPHQL_MAX_DEPTH").default(DEFAULT_OPERATION_LIMITS.maxDepth),
    GRAPHQL_MAX_ALIASES: positiveInteger("GRAPHQL_MAX_ALIASES").default(DEFAULT_OPERATION_LIMITS.maxAliases),
    GRAPHQL_MAX_DIRECTIVES: positiveInteger("GRAPHQL_MAX_DIRECTIVES").default(
      DEFAULT_OPERATION_LIMITS.maxDirectives,
    ),
    GRAPHQL_MAX_TOKENS: positiveInteger("GRAPHQL_MAX_TOKENS").default(DEFAULT_OPERATION_LIMITS.maxTokens),
    GRAPHQL_MAX_FIELDS: positiveInteger("GRAPHQL_MAX_FIELDS").default(DEFAULT_OPERATION_LIMITS.maxFields),
    GRAPHQL_MAX_COST: positiveInteger("GRAPHQL_MAX_COST").default(DEFAULT_OPERATION_LIMITS.maxCost),
    REQUEST_TIMEOUT_MS: positiveInteger("REQUEST_TIMEOUT_MS").default(DEFAULT_REQUEST_LIMITS.timeoutMs),
    RESPONSE_MAX_BYTES: positiveInteger("RESPONSE_MAX_BYTES").default(
      DEFAULT_REQUEST_LIMITS.responseMaxBytes,
    ),
    EXPORT_MAX_CONCURRENT: positiveInteger("EXPORT_MAX_CONCURRENT").default(
      DEFAULT_EXPORT_SLOT_LIMITS.maxConcurrent,
    ),
    EXPORT_QUEUE_MAX: wholeNumber("EXPORT_QUEUE_MAX").default(DEFAULT_EXPORT_SLOT_LIMITS.maxQueued),
    // Default: DEFAULT_EXPORT_SLOT_LIMITS.queueTimeoutMs, or REQUEST_TIMEOUT_MS when that is less.
    EXPORT_QUEUE_TIMEOUT_MS: positiveInteger("EXPORT_QUEUE_TIMEOUT_MS").optional(),
    ...observabilityEnvironment,
    AUTH_READS: z
      .enum(["public", "token"], { error: "AUTH_READS must be public or token" })
      .default("public"),
    AUTH_JWKS_URL: jwksUrl.optional(),
    AUTH_JWT_ISSUER: z.string().optional(),
    AUTH_JWT_AUDIENCE: z.string().optional(),
    AUTH_JWT_ROLE_CLAIM: z.string().default("role"),
    HTTP_CACHE_MAX_AGE: wholeNumber("HTTP_CACHE_MAX_AGE").default(0),
    GRAPHQL_RESPONSE_CACHE_MB: wholeNumber("GRAPHQL_RESPONSE_CACHE_MB").default(0),
  })
  // A JWT accepted from any issuer or for any audience would accept another service's tokens.
  .superRefine((env, context) => {
    for (const name of JWT_SETTINGS) {
      if (env.AUTH_JWKS_URL !== undefined && env[name] === undefined) {
        context.addIssue({ code: "custom", path: [name], message: `${name} is required with AUTH_JWKS_URL` });
      }
      if (env.AUTH_JWKS_URL === undefined && env[name] !== undefined) {
        context.addIssue({ code: "custom", path: [name], message: `${name} needs AUTH_JWKS_URL` });
      }
    }
  });

/** Where the embedded Neo4j lives and how big it may grow; used when NEO4J_URI is not set. */
export interface EmbeddedNeo4jConfig {
  home: string;
  /** NEO4J_USERNAME: the user the JVM gives `password` to. */
  username: string;
  /** NEO4J_PASSWORD; empty: the one generated on first start and kept in `home` (embedded-password.ts). */
  password: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** The most memory one transaction may use (Neo4j's db.memory.transaction.max); unset: no cap. */
  transactionMemory?: string;
  startTimeoutMs: number;
  /**
   * Restarts in a row (each after a longer wait: 1, 2, 4 ... 30 s) the service tries when the
   * embedded JVM dies, before it gives up and exits non-zero for a supervisor to restart it.
   */
  restarts: number;
}

/**
 * The driver's pool and retry settings (neo4j-driver's Config of the same names). Defaults are
 * chosen so that a request fails within about five seconds when Neo4j is away
 * (docs/reliability.md, "When Neo4j is away"), where the driver's own defaults wait 30 s or more.
 */
export interface Neo4jDriverConfig {
  maxConnectionPoolSize: number;
  /** The longest a request waits for a pooled connection, connecting included. */
  connectionAcquisitionTimeoutMs: number;
  /** The longest one TCP connect plus Bolt handshake may take. */
  connectionTimeoutMs: number;
  /** How long a managed transaction is retried after transient errors; 0: tried once. */
  maxTransactionRetryTimeMs: number;
  /** Records pulled per batch from a result. */
  fetchSize: number;
}

export interface Neo4jConfig {
  /** Absent: start the embedded Neo4j and connect to it. */
  uri: string | undefined;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  driver: Neo4jDriverConfig;
  embedded: EmbeddedNeo4jConfig;
}

/** Limits of the export routes and command (docs/export.md). */
export interface ExportConfig {
  /** Nodes plus relationships in one export; over it, EXPORT_TOO_LARGE before anything is sent. */
  maxElements: number;
  /**
   * Exports served at once by the HTTP routes, and the bounded line in front of them: past it,
   * 503 EXPORTS_BUSY with Retry-After. So exports cannot take the connection pool and Neo4j's
   * threads from GraphQL (docs/reliability.md, "Mixed load").
   */
  slots: ExportSlotLimits;
}

export interface Config {
  environment: "development" | "production" | "test";
  host: string;
  port: number;
  neo4j: Neo4jConfig;
  seedOnStart: boolean;
  introspection: boolean;
  export: ExportConfig;
  /** Limits of one GraphQL operation and one request (src/limits/, docs/reliability.md). */
  limits: { operation: OperationLimits; request: RequestLimits };
  observability: ObservabilityConfig;
  /** Bearer tokens (docs/editing.md): writes always need one; reads only with AUTH_READS=token. */
  auth: AuthConfig;
  /** GET answers to caches (src/http-cache/): HTTP_CACHE_MAX_AGE, GRAPHQL_RESPONSE_CACHE_MB, AUTH_READS. */
  httpCache: HttpCacheConfig;
}

/** Thrown with a one-line, human-readable message naming every bad variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (PORT= in a .env file) means "not set", as it does for most tools.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ""));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const given = environment[name];
      return given === undefined ? issue.message : `${issue.message} (got "${given}")`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const env = parsed.data;
  if (env.EXPORT_QUEUE_TIMEOUT_MS !== undefined && env.EXPORT_QUEUE_TIMEOUT_MS > env.REQUEST_TIMEOUT_MS) {
    // A wait for an export slot is part of answering; no request is given longer than the budget.
    throw new ConfigError(
      `Invalid configuration: EXPORT_QUEUE_TIMEOUT_MS must not be more than REQUEST_TIMEOUT_MS (got "${env.EXPORT_QUEUE_TIMEOUT_MS}" and "${env.REQUEST_TIMEOUT_MS}")`,
    );
  }
  return {
    environment: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    neo4j: {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      queryTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
      driver: {
        maxConnectionPoolSize: env.NEO4J_MAX_CONNECTION_POOL_SIZE,
        connectionAcquisitionTimeoutMs: env.NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS,
        connectionTimeoutMs: env.NEO4J_CONNECTION_TIMEOUT_MS,
        maxTransactionRetryTimeMs: env.NEO4J_MAX_TRANSACTION_RETRY_TIME_MS,
        fetchSize: env.NEO4J_FETCH_SIZE,
      },
      embedded: {
        home: isAbsolute(env.NEO4J_EMBEDDED_HOME)
          ? env.NEO4J_EMBEDDED_HOME
          : resolve(projectRoot, env.NEO4J_EMBEDDED_HOME),
        username: env.NEO4J_USERNAME,
        password: env.NEO4J_PASSWORD,
        boltPort: env.NEO4J_EMBEDDED_BOLT_PORT,
        heap: env.NEO4J_EMBEDDED_HEAP,
        pageCache: env.NEO4J_EMBEDDED_PAGE_CACHE,
        startTimeoutMs: env.NEO4J_EMBEDDED_START_TIMEOUT_MS,
        restarts: env.NEO4J_EMBEDDED_RESTARTS,
      },
    },
    seedOnStart: env.SEED_ON_START,
    introspection: env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== "production",
    limits: {
      operation: {
        maxDepth: env.GRAPHQL_MAX_DEPTH,
        maxAliases: env.GRAPHQL_MAX_ALIASES,
        maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
        maxTokens: env.GRAPHQL_MAX_TOKENS,
        maxFields: env.GRAPHQL_MAX_FIELDS,
        maxCost: env.GRAPHQL_MAX_COST,
      },
      request: { timeoutMs: env.REQUEST_TIMEOUT_MS, responseMaxBytes: env.RESPONSE_MAX_BYTES },
    },
    export: {
      maxElements: env.EXPORT_MAX_ELEMENTS,
      slots: {
        maxConcurrent: env.EXPORT_MAX_CONCURRENT,
        maxQueued: env.EXPORT_QUEUE_MAX,
        queueTimeoutMs:
          env.EXPORT_QUEUE_TIMEOUT_MS ??
          Math.min(DEFAULT_EXPORT_SLOT_LIMITS.queueTimeoutMs, env.REQUEST_TIMEOUT_MS),
      },
    },
    observability: toObservabilityConfig(env),
    auth: {
      readsNeedToken: env.AUTH_READS === "token",
      ...(env.AUTH_JWKS_URL === undefined
        ? {}
        : {
            jwt: {
              jwksUrl: env.AUTH_JWKS_URL,
              issuer: env.AUTH_JWT_ISSUER as string,
              audience: env.AUTH_JWT_AUDIENCE as string,
              roleClaim: env.AUTH_JWT_ROLE_CLAIM,
            },
          }),
    },
    httpCache: {
      maxAgeSeconds: env.HTTP_CACHE_MAX_AGE,
      responseCacheBytes: env.GRAPHQL_RESPONSE_CACHE_MB * 1024 * 1024,
      readsArePrivate: env.AUTH_READS === "token",
    },
  };
}
