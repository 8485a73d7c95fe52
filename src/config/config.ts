import { isAbsolute, resolve } from "node:path";

import { z } from "zod";

import { projectRoot } from "../common/project-root.js";
import type { ObservabilityConfig } from "../observability/observability-config.js";
import { observabilityEnvironment, toObservabilityConfig } from "../observability/observability-config.js";

const NEO4J_SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`);

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

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port("PORT").default(4000),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USERNAME: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  NEO4J_EMBEDDED_HOME: z.string().default(".data/neo4j"),
  NEO4J_EMBEDDED_BOLT_PORT: port("NEO4J_EMBEDDED_BOLT_PORT").default(7687),
  NEO4J_EMBEDDED_HEAP: byteSize("NEO4J_EMBEDDED_HEAP").default("512m"),
  NEO4J_EMBEDDED_PAGE_CACHE: byteSize("NEO4J_EMBEDDED_PAGE_CACHE").default("128m"),
  NEO4J_EMBEDDED_START_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  SEED_ON_START: flag("SEED_ON_START").default(true),
  GRAPHQL_INTROSPECTION: flag("GRAPHQL_INTROSPECTION").optional(),
  EXPORT_MAX_ELEMENTS: z.coerce
    .number({ error: "EXPORT_MAX_ELEMENTS must be a number" })
    .int("EXPORT_MAX_ELEMENTS must be a whole number")
    .positive("EXPORT_MAX_ELEMENTS must be positive")
    .default(50_000),
  ...observabilityEnvironment,
  AUTH_READS: z.enum(["public", "token"], { error: "AUTH_READS must be public or token" }).default("public"),
});

/** Where the embedded Neo4j lives and how big it may grow; used when NEO4J_URI is not set. */
export interface EmbeddedNeo4jConfig {
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** The most memory one transaction may use (Neo4j's db.memory.transaction.max); unset: no cap. */
  transactionMemory?: string;
  startTimeoutMs: number;
}

export interface Neo4jConfig {
  /** Absent: start the embedded Neo4j and connect to it. */
  uri: string | undefined;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  embedded: EmbeddedNeo4jConfig;
}

/** Limits of the export routes and command (docs/export.md). */
export interface ExportConfig {
  /** Nodes plus relationships in one export; over it, EXPORT_TOO_LARGE before anything is sent. */
  maxElements: number;
}

export interface Config {
  environment: "development" | "production" | "test";
  host: string;
  port: number;
  neo4j: Neo4jConfig;
  seedOnStart: boolean;
  introspection: boolean;
  export: ExportConfig;
  observability: ObservabilityConfig;
  /** Bearer tokens (docs/editing.md): writes always need one; reads only with AUTH_READS=token. */
  auth: { readsNeedToken: boolean };
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
      embedded: {
        home: isAbsolute(env.NEO4J_EMBEDDED_HOME)
          ? env.NEO4J_EMBEDDED_HOME
          : resolve(projectRoot, env.NEO4J_EMBEDDED_HOME),
        boltPort: env.NEO4J_EMBEDDED_BOLT_PORT,
        heap: env.NEO4J_EMBEDDED_HEAP,
        pageCache: env.NEO4J_EMBEDDED_PAGE_CACHE,
        startTimeoutMs: env.NEO4J_EMBEDDED_START_TIMEOUT_MS,
      },
    },
    seedOnStart: env.SEED_ON_START,
    introspection: env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== "production",
    export: { maxElements: env.EXPORT_MAX_ELEMENTS },
    observability: toObservabilityConfig(env),
    auth: { readsNeedToken: env.AUTH_READS === "token" },
  };
}
