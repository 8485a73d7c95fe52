import type { EmbeddedNeo4jState } from "../neo4j/embedded/supervise-embedded-neo4j.js";
import type { Draining } from "./draining.js";
import type { StartupProgress } from "./startup-progress.js";

/** Readiness must answer within a second (issue 16); the Neo4j check gets most of it. */
export const READINESS_NEO4J_TIMEOUT_MS = 800;

export interface ReadinessReport {
  /** "ready": send traffic (HTTP 200); "not ready": do not (HTTP 503). */
  status: "ready" | "not ready";
  /** One sentence per thing that is missing; empty when ready. */
  reasons: string[];
}

export interface ReadinessSources {
  /** One round trip to Neo4j without retries (CypherExecutor.ping). */
  ping(): Promise<void>;
  progress: StartupProgress;
  /** The embedded Neo4j's supervisor, when there is one: no round trip while it restarts. */
  embeddedState?: () => EmbeddedNeo4jState;
  /** Set on SIGTERM: a stopping replica is not ready, whatever Neo4j says. */
  draining?: Draining;
}

async function neo4jReason(sources: ReadinessSources): Promise<string | undefined> {
  if (sources.embeddedState?.() === "restarting") {
    return "the embedded Neo4j is restarting";
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolveLate) => {
    timer = setTimeout(
      () => resolveLate(`Neo4j did not answer within ${READINESS_NEO4J_TIMEOUT_MS} ms`),
      READINESS_NEO4J_TIMEOUT_MS,
    );
  });
  const answer = sources.ping().then(
    () => undefined,
    () => "Neo4j is unreachable",
  );
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this process should get traffic: not stopping, start-up finished (migrations, seeding)
 * and Neo4j answering now. Takes at most READINESS_NEO4J_TIMEOUT_MS; Neo4j's own messages are not passed on.
 */
export async function checkReadiness(sources: ReadinessSources): Promise<ReadinessReport> {
  if (sources.draining?.started) {
    return { status: "not ready", reasons: ["the service is stopping"] };
  }
  const reasons = sources.progress.pendingReasons();
  const neo4j = await neo4jReason(sources);
  if (neo4j) {
    reasons.push(neo4j);
  }
  return { status: reasons.length === 0 ? "ready" : "not ready", reasons };
}
