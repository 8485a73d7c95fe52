import fc from "fast-check";
import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { checkResponse } from "../../src/fuzz/check-response.js";
import type { FuzzRequest } from "../../src/fuzz/fuzz-request.js";
import { described, describeFuzzRequest } from "../../src/fuzz/fuzz-request.js";
import { graphqlRequestArbitrary } from "../../src/fuzz/fuzz-request-arbitrary.js";
import { malformedHttpArbitrary } from "../../src/fuzz/http-request-arbitrary.js";
import { introspectSchema } from "../../src/fuzz/introspect-schema.js";
import { sendFuzzRequest } from "../../src/fuzz/send-fuzz-request.js";
import type { TestHttpServer } from "../support/test-http-server.js";
import { startTestHttpServer } from "../support/test-http-server.js";

// A fixed seed so that a failure replays: FUZZ_SEED=<seed printed below> FUZZ_RUNS=... to explore.
// The long run (10,000 requests against the service as started by users) is npm run
// bench:reliability, which writes its figures to docs/reliability.md.
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);

describe("fuzz: whatever a client sends, a typed answer and nothing internal", () => {
  let open: TestHttpServer;
  let closed: TestHttpServer;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    open = await startTestHttpServer();
    closed = await startTestHttpServer({ introspection: false });
    schema = await introspectSchema(open.url);
    console.log(`fuzz seed ${SEED}, ${RUNS} runs per property (replay: FUZZ_SEED=${SEED})`);
  });

  afterAll(async () => {
    await open?.close();
    await closed?.close();
  });

  const answersWell =
    (server: () => TestHttpServer, introspection: boolean) => async (request: FuzzRequest) => {
      const response = await sendFuzzRequest(server().url, request);
      const verdict = checkResponse(request, response, { introspection });
      const answer =
        "failure" in response
          ? response.failure
          : `${response.status} ${response.body.toString("utf8").slice(0, 400)}`;
      const shown = `${describeFuzzRequest(request)}\n-> ${answer}`;
      expect(verdict.violations, shown).toEqual([]);
    };

  it("schema-aware random operations, with introspection on and off", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(graphqlRequestArbitrary(schema), fc.boolean(), (request, introspection) =>
        answersWell(() => (introspection ? open : closed), introspection)(request),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("malformed HTTP", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        malformedHttpArbitrary.map(described),
        answersWell(() => open, true),
      ),
      {
        seed: SEED,
        numRuns: RUNS,
      },
    );
  });
});
