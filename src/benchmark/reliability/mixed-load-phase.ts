import { PeakMemory } from "./process-memory.js";
import type { LoadRequest } from "./load-requests.js";
import { mixedLoadRequests } from "./load-requests.js";
import { countCodes, runLoad } from "./run-load.js";
import type { ServiceProcess } from "./service-process.js";

/** Figures of the mixed load (docs/reliability.md, "Measured"). */
export interface MixedLoadFigures {
  connections: number;
  durationSeconds: number;
  /** Operations of schema/examples.graphql and exports in one turn of the mix. */
  graphqlInMix: number;
  exportsInMix: number;
  answered: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The same by kind of request, from each answer's send and answer times (ms resolution). */
  byKind: { kind: LoadRequest["kind"]; answered: number; p50Ms: number; p99Ms: number }[];
  /** Answers that were not a clean success, plus requests that got no answer. */
  errors: number;
  codes: [string, number][];
  noAnswer: number;
  nodePeakMb: number;
  neo4jPeakMb: number;
  /** Requests of the mix that failed when sent once each before the load, with their codes. */
  warmUpFailures: string[];
}

/** The `fraction` percentile (0.99: p99) of `values`, nearest rank; 0 when there are none. */
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

/**
 * Sends each request of the mix once, one at a time: Neo4j plans each statement on first use, and
 * a failure here is a broken example rather than a failure under load.
 */
async function warmUp(url: string, requests: readonly LoadRequest[]): Promise<string[]> {
  const failures: string[] = [];
  for (const request of requests) {
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const text = await response.text();
    if (response.status !== 200 || (request.kind === "graphql" && text.includes('"errors"'))) {
      failures.push(`${request.name} (HTTP ${response.status}: ${text.slice(0, 200)})`);
    }
  }
  return failures;
}

/** `durationSeconds` of GraphQL operations and exports at `connections` connections. */
export async function measureMixedLoad(
  service: ServiceProcess,
  { connections, durationSeconds }: { connections: number; durationSeconds: number },
): Promise<MixedLoadFigures> {
  const requests = mixedLoadRequests();
  const warmUpFailures = await warmUp(service.url, requests);
  const memory = new PeakMemory(() => service.pid).start();
  const { result, answers } = await runLoad({
    url: service.url,
    requests,
    connections,
    durationSeconds,
    timeoutSeconds: 30,
  });
  memory.stop();
  const failed = answers.filter((answer) => !answer.ok).length;
  return {
    connections,
    durationSeconds,
    graphqlInMix: requests.filter((request) => request.kind === "graphql").length,
    exportsInMix: requests.filter((request) => request.kind === "export").length,
    answered: answers.length,
    perSecond: Math.round(answers.length / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    byKind: (["graphql", "export"] as const).map((kind) => {
      const latencies = answers
        .filter((answer) => answer.kind === kind)
        .map((answer) => answer.answeredAt - answer.sentAt);
      return {
        kind,
        answered: latencies.length,
        p50Ms: percentile(latencies, 0.5),
        p99Ms: percentile(latencies, 0.99),
      };
    }),
    errors: failed + result.errors,
    codes: countCodes(answers),
    noAnswer: result.errors,
    nodePeakMb: memory.nodeMb,
    neo4jPeakMb: memory.neo4jMb,
    warmUpFailures,
  };
}
