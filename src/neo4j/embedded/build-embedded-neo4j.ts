import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { EventLog } from "../../observability/event-log.js";
import { printEventLog } from "../../observability/event-log.js";
import { embeddedNeo4jFiles } from "./embedded-neo4j-files.js";

export class EmbeddedNeo4jBuildError extends Error {
  override name = "EmbeddedNeo4jBuildError";
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)],
    )
    .sort();
}

/** A build is current when nothing that goes into it has changed since it ran. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of [embeddedNeo4jFiles.pom, ...listFiles(embeddedNeo4jFiles.javaSources)]) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function isEmbeddedNeo4jBuilt(): boolean {
  return (
    existsSync(embeddedNeo4jFiles.jar) &&
    existsSync(embeddedNeo4jFiles.libraries) &&
    existsSync(embeddedNeo4jFiles.buildStamp) &&
    statSync(embeddedNeo4jFiles.libraries).isDirectory() &&
    readFileSync(embeddedNeo4jFiles.buildStamp, "utf8").trim() === sourceFingerprint()
  );
}

/**
 * Builds the embedded Neo4j with Maven unless the cached build is current. The first build
 * downloads Neo4j (about 120 MB of jars) from Maven Central into ~/.m2; later starts skip this.
 */
export async function ensureEmbeddedNeo4jBuilt(log: EventLog = printEventLog): Promise<void> {
  if (isEmbeddedNeo4jBuilt()) {
    return;
  }
  log({
    event: "neo4j.embedded.building",
    message: "Building the embedded Neo4j with Maven (first run only; downloads Neo4j from Maven Central)...",
  });
  const started = Date.now();
  const output: string[] = [];
  const exitCode = await new Promise<number>((resolvePromise, reject) => {
    const maven = spawn("mvn", ["-B", "-q", "-DskipTests", "package"], {
      cwd: embeddedNeo4jFiles.mavenProject,
      stdio: ["ignore", "pipe", "pipe"],
    });
    maven.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    maven.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    maven.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        new EmbeddedNeo4jBuildError(
          error.code === "ENOENT"
            ? "Maven (mvn) is not installed: install Maven and JDK 17, or set NEO4J_URI to use another Neo4j."
            : `Could not run Maven: ${error.message}`,
        ),
      ),
    );
    maven.on("close", (code) => resolvePromise(code ?? 1));
  });
  if (exitCode !== 0) {
    const tail = output.join("").split("\n").slice(-30).join("\n");
    throw new EmbeddedNeo4jBuildError(
      `Maven failed to build the embedded Neo4j (exit ${exitCode}):\n${tail}`,
    );
  }
  writeFileSync(embeddedNeo4jFiles.buildStamp, `${sourceFingerprint()}\n`);
  const seconds = (Date.now() - started) / 1000;
  log({
    event: "neo4j.embedded.built",
    seconds,
    message: `Built the embedded Neo4j in ${seconds.toFixed(1)} s.`,
  });
}
