import { PeakMemory } from "./process-memory.js";
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
  /** Answers that were not a clean success, plus requests that got no answer. */
  errors: number;
  codes: [string, number][];
  noAnswer: number;
  nodePeakMb: number;
  neo4jPeakMb: number;
}

/** `durationSeconds` of GraphQL operations and exports at `connections` connections. */
export async function measureMixedLoad(
  service: ServiceProcess,
  { connections, durationSeconds }: { connections: number; durationSeconds: number },
): Promise<MixedLoadFigures> {
  const requests = mixedLoadRequests();
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
    errors: failed + result.errors,
    codes: countCodes(answers),
    noAnswer: result.errors,
    nodePeakMb: memory.nodeMb,
    neo4jPeakMb: memory.neo4jMb,
  };
}
