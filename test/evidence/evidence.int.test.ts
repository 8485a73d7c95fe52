import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { relationshipFacts } from "../../src/evidence/fact-key.js";
import { loadEvidence } from "../../src/evidence/load-evidence.js";
import { createRequestContext } from "../../src/server/request-context.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const SEED_ARTICLE = {
  title: "When will Hit & Run Season 2 be released? Here’s the Official News From Netflix",
};
const NO_VIEW = { includeDeprecated: false, knownOn: null, validOn: null };

describe("evidence: how we know each fact", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("traces a cast credit to the two claims it is made of, with their quotes", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        cast(first: 1) {
          nodes {
            person { name }
            evidence {
              predicate rank confidence
              subject { displayName } object { displayName }
              sources { role quote start end article { title } outlet { name } url publishedOn { value } }
            }
          }
        }
      }
    }`);
    const source = (quote: string, start: number) => ({
      role: "SUPPORTS",
      quote,
      start,
      end: start + quote.length,
      article: SEED_ARTICLE,
      outlet: null,
      url: null,
      publishedOn: null,
    });
    expect(result).toEqual({
      data: {
        show: {
          cast: {
            nodes: [
              {
                person: { name: "Lior Raz" },
                evidence: [
                  {
                    predicate: "PLAYS",
                    rank: "PREFERRED",
                    confidence: 0.6,
                    subject: { displayName: "Lior Raz" },
                    object: { displayName: "Segev Azulai" },
                    sources: [source("Lior Raz as Segev Azulai", 2245)],
                  },
                  {
                    predicate: "CHARACTER_IN",
                    rank: "PREFERRED",
                    confidence: 0.6,
                    subject: { displayName: "Segev Azulai" },
                    object: { displayName: "Hit & Run" },
                    sources: [
                      source("The Hit & Run cast includes:", 2211),
                      source("Lior Raz as Segev Azulai", 2245),
                    ],
                  },
                ],
              },
            ],
          },
        },
      },
    });
  });

  it("loads the evidence of every cast credit with one statement", async () => {
    const before = server.statements.length;
    const result = await server.query<{ show: { cast: { nodes: { evidence: unknown[] }[] } } }>(`{
      show(name: "Hit & Run") { cast { nodes { evidence { predicate sources { quote } } } } }
    }`);
    expect(result.data?.show.cast.nodes.map((credit) => credit.evidence.length)).toEqual([
      2, 2, 2, 2, 2, 2, 2,
    ]);
    // The show, its cast, the evidence of all seven credits.
    expect(server.statements.length - before).toBe(3);
  });

  it("keeps both links of secondary reporting: the article, and the Deadline report it relays", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        evidence(predicate: "status", validOn: "2021-10-01") {
          value knownFrom { value precision } knownFromBasis
          confidenceDerivation { score basis supportingArticleCount independentSourceCount }
          sources {
            role quote article { title } outlet { name } publishedOn { value precision }
            relays { outlet: publisher { name } publishedOn { value precision } }
          }
        }
      }
    }`);
    expect(result).toEqual({
      data: {
        show: {
          evidence: [
            {
              value: "CANCELED",
              knownFrom: { value: "2021-09", precision: "MONTH" },
              knownFromBasis: "CITED_REPORT",
              confidenceDerivation: {
                score: 0.6,
                basis: "REPORT_OF_A_REPORT",
                supportingArticleCount: 1,
                independentSourceCount: 1,
              },
              sources: [
                {
                  role: "SUPPORTS",
                  quote: "Hit & Run had been canceled by Netflix and would not be continuing in the future",
                  article: SEED_ARTICLE,
                  outlet: null,
                  publishedOn: null,
                  relays: {
                    outlet: { name: "Deadline" },
                    publishedOn: { value: "2021-09", precision: "MONTH" },
                  },
                },
                {
                  role: "ORIGINAL_REPORT",
                  quote: null,
                  article: { title: null },
                  outlet: { name: "Deadline" },
                  publishedOn: { value: "2021-09", precision: "MONTH" },
                  relays: null,
                },
              ],
            },
          ],
        },
      },
    });
  });

  it("says who is quoted when the article quotes a person: Nicole Yorkin to The Hollywood Reporter", async () => {
    const result = await server.query(`{
      claims(predicate: "COMPARED_WITH") {
        nodes {
          object { displayName }
          sources { quote quotedFrom { saidBy { name } givenTo { name } evidence { predicate sources { quote } } } }
        }
      }
    }`);
    expect(result).toEqual({
      data: {
        claims: {
          nodes: [
            {
              object: { displayName: "Fauda" },
              sources: [
                {
                  quote: "One episode of our film is equivalent to two full seasons of ‘Fauda’",
                  quotedFrom: {
                    saidBy: { name: "Nicole Yorkin" },
                    givenTo: { name: "The Hollywood Reporter" },
                    evidence: [
                      {
                        predicate: "GIVEN_TO",
                        sources: [{ quote: "during an interview with The Hollywood Reporter" }],
                      },
                      { predicate: "SAID_BY", sources: [{ quote: "say Nicole Yorkin" }] },
                    ],
                  },
                },
              ],
            },
          ],
        },
      },
    });
  });

  it("gives a claim found by node(id) its sources too", async () => {
    const result = await server.query(
      `query ($id: ID!) { node(id: $id) { ... on Claim { predicate value rank sources { quote } } } }`,
      { id: toGlobalId("Claim", "claim/hit-and-run/kind/film") },
    );
    expect(result).toEqual({
      data: {
        node: {
          predicate: "kind",
          value: "FILM",
          rank: "DEPRECATED",
          sources: [
            { quote: "the ending of the film is tense and hanging" },
            { quote: "the production costs of this film" },
          ],
        },
      },
    });
  });

  it("finds the claims of any relationship: a factor's effect by its value, a symmetric one either way", async () => {
    const context = createRequestContext(server.executor);
    const covid = { label: "ProductionFactor", key: "covid-19" };
    const show = { label: "Show", key: "hit-and-run" };
    const delayed = await loadEvidence(
      context,
      NO_VIEW,
      relationshipFacts({
        type: "AFFECTED",
        start: covid,
        end: show,
        properties: { effect: "DELAYED_PRODUCTION" },
      }),
    );
    // Stored Segev -> Danielle; asked the other way round.
    const spouses = await loadEvidence(
      context,
      NO_VIEW,
      relationshipFacts({
        type: "SPOUSE_OF",
        start: { label: "Character", key: "hit-and-run/danielle-wexler-azulai" },
        end: { label: "Character", key: "hit-and-run/segev-azulai" },
      }),
    );
    expect([...delayed, ...spouses].map((claim) => claim.key)).toEqual([
      "claim/covid-19/affected/hit-and-run/delayed-production",
      "claim/hit-and-run/segev-azulai/spouse-of/danielle-wexler-azulai",
    ]);
  });

  it("rejects an about or source that cannot be one", async () => {
    const result = await server.query(`{ claims(about: "not-an-id") { totalCount } }`);
    expect(result.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['"not-an-id" is not a valid ID', "BAD_USER_INPUT"],
    ]);
    const wrongSource = await server.query(`query ($show: ID!) { claims(source: $show) { totalCount } }`, {
      show: toGlobalId("Show", "hit-and-run"),
    });
    expect(wrongSource.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ["source takes the ID of an Article or a NewsSource (got a Show)", "BAD_USER_INPUT"],
    ]);
  });
});
