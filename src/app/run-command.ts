import { ConfigError } from "../config/config.js";
import { EmbeddedNeo4jBuildError } from "../neo4j/embedded/build-embedded-neo4j.js";
import { EmbeddedNeo4jStartError } from "../neo4j/embedded/start-embedded-neo4j.js";
import { Neo4jConnectionError } from "../neo4j/connect-neo4j.js";
import { MigrationError } from "../db/migrations/run-migrations.js";

/** Errors whose message says everything a user needs; anything else gets its stack trace. */
const EXPLAINED_ERRORS = [
  ConfigError,
  EmbeddedNeo4jBuildError,
  EmbeddedNeo4jStartError,
  Neo4jConnectionError,
  MigrationError,
];

/** Runs a command-line entry point: a clear message and a non-zero exit on failure. */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const explained = EXPLAINED_ERRORS.some((Type) => error instanceof Type);
    console.error(explained ? `showgraph: ${(error as Error).message}` : error);
    process.exit(error instanceof ConfigError ? 2 : 1);
  });
}
