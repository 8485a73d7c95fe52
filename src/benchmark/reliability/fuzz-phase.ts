import { readFileSync } from "node:fs";
import { join } from "node:path";

import fc from "fast-check";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "graphql";

import { projectRoot } from "../../common/project-root.js";
import type { Violation } from "../../fuzz/check-response.js";
import { checkResponse } from "../../fuzz/check-response.js";
import { describeFuzzRequest } from "../../fuzz/fuzz-request.js";
import { fuzzRequestArbitrary } from "../../fuzz/fuzz-request-arbitrary.js";
import { introspectSchema } from "../../fuzz/introspect-schema.js";
import { sendFuzzRequest } from "../../fuzz/send-fuzz-request.js";
import { GUARD_MB, PeakMemory } from "./process-memory.js";
import type { ServiceProcess } from "./service-process.js";

/** Figures of the fuzz run (docs/reliability.md, "Measured"). */
export interface FuzzFigures {
  requests: number;
  seed: number;
  /** False with --gentle: without the query shapes only operation limits stop. */
  abusive: boolean;
  durationSeconds: number;
  /** Times the service process died; it is started again after each, up to 3. */
  crashes: number;
  crashReasons: string[];
  /**
   * Each broken rule by kind of request and status, how often, and the first request that broke it
   * with what came back.
   */
  violations: { violation: Violation; kind: string; count: number; example: string }[];
  codes: [string, number][];
  slowestMs: number;
  nodePeakMb: number;
  neo4jPeakMb: number;
}

const BATCH = 100;
const CONCURRENCY = 8;
const MAX_CRASHES = 3;

async function fuzzSchema(url: string): Promise<GraphQLSchema> {
  try {
    return await introspectSchema(url);
  } catch {
    // Introspection is off in production: the committed schema is the same (npm run check).
    return buildSchema(readFileSync(join(projectRoot, "schema", "schema.graphql"), "utf8"));
  }
}

/**
 * Sends `requests` fuzz requests (src/fuzz: generated operations and malformed HTTP), 8 at a time,
 * in batches of 100 generated from `seed + batch number` so that any one replays, and judges each
 * answer by the fuzz test's rules. A crash is counted and the service started again.
 */
export async function measureFuzz(
  start: () => Promise<ServiceProcess>,
  first: ServiceProcess,
  { requests, seed, abusive = true }: { requests: number; seed: number; abusive?: boolean },
): Promise<{ figures: FuzzFigures; service: ServiceProcess }> {
  let service = first;
  const arbitrary = fuzzRequestArbitrary(await fuzzSchema(service.url), { abusive });
  const memory = new PeakMemory(() => service.pid).start();
  const violations = new Map<
    string,
    { violation: Violation; kind: string; count: number; example: string }
  >();
  const codes = new Map<string, number>();
  const crashReasons: string[] = [];
  let slowestMs = 0;
  const started = Date.now();
  for (let batch = 0; batch * BATCH < requests && crashReasons.length < MAX_CRASHES; batch += 1) {
    const pending = fc.sample(arbitrary, {
      seed: seed + batch,
      numRuns: Math.min(BATCH, requests - batch * BATCH),
    });
    const worker = async () => {
      for (let request = pending.shift(); request; request = pending.shift()) {
        const response = await sendFuzzRequest(service.url, request);
        if (service.exited()) {
          return;
        }
        slowestMs = Math.max(slowestMs, response.ms);
        const verdict = checkResponse(request, response);
        for (const code of verdict.codes) {
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        for (const violation of verdict.violations) {
          const kind = `${request.label}, ${"failure" in response ? "no answer" : `HTTP ${response.status}`}`;
          const seen = violations.get(`${violation}/${kind}`);
          const answer =
            "failure" in response
              ? response.failure
              : `${response.status} ${response.body.toString("utf8").slice(0, 300)}`;
          violations.set(`${violation}/${kind}`, {
            violation,
            kind,
            count: (seen?.count ?? 0) + 1,
            example: seen?.example ?? `seed ${seed + batch}: ${describeFuzzRequest(request)} -> ${answer}`,
          });
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (service.exited()) {
      const reason =
        service.exitReason() === "SIGKILL" ? `killed by the bench over ${GUARD_MB} MB` : service.exitReason();
      crashReasons.push(
        `${reason} in the batch of seed ${seed + batch}: ${service.output.slice(-2).join(" / ")}`,
      );
      service = await start();
    }
  }
  memory.stop();
  return {
    service,
    figures: {
      requests,
      seed,
      abusive,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      crashes: crashReasons.length,
      crashReasons,
      violations: [...violations.values()].sort((a, b) => b.count - a.count),
      codes: [...codes].sort((a, b) => b[1] - a[1]),
      slowestMs,
      nodePeakMb: memory.nodeMb,
      neo4jPeakMb: memory.neo4jMb,
    },
  };
}
