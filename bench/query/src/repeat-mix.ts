import autocannon from "autocannon";

import type { Operation } from "./operations.js";

/** One GET of the mix: /graphql?query=...&variables=... */
export interface GetCall {
  path: string;
}

/**
 * A realistic read mix with repeats, as GET requests to showgraph: the four questions in turn,
 * each key drawn with a Zipf-like skew (the k-th key about 1/k as often as the first: a few
 * popular shows and people asked again and again, the rest now and then). Deterministic, so
 * both configurations see the same sequence.
 */
export function repeatMix(questions: Operation[], length = 2_000): GetCall[] {
  const calls: GetCall[] = [];
  let state = 2024;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let index = 0; index < length; index += 1) {
    const operation = questions[index % questions.length] as Operation;
    const weights = operation.keys.map((_key, rank) => 1 / (rank + 1));
    let pick = next() * weights.reduce((sum, weight) => sum + weight, 0);
    const rank = weights.findIndex((weight) => (pick -= weight) <= 0);
    const key = operation.keys[rank < 0 ? 0 : rank] as number;
    const { body } = operation.call.showgraph(key) as { body: { query: string; variables: unknown } };
    const search = new URLSearchParams({ query: body.query, variables: JSON.stringify(body.variables) });
    calls.push({ path: `/graphql?${search.toString()}` });
  }
  return calls;
}

/** Runs `calls` in order, round and round, as GETs (with the header Apollo's CSRF check asks of a GET). */
export async function loadGets(
  base: string,
  calls: GetCall[],
  { seconds, connections }: { seconds: number; connections: number },
): Promise<{ requestsPerSecond: number; p50: number; p99: number; errors: number }> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: "GET",
        headers: { "apollo-require-preflight": "true" },
        setupRequest: (request) => ({ ...request, path: (calls[next++ % calls.length] as GetCall).path }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
