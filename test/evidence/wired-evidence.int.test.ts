import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const SEED_ARTICLE = "When will Hit & Run Season 2 be released? Here’s the Official News From Netflix";
const CLAIM_FIELDS = "predicate value sources { role quote article { title } }";

interface ClaimData {
  predicate: string;
  value: string | null;
  sources: { role: string; quote: string | null; article: { title: string } }[];
}

const supports = (quote: string) => ({ role: "SUPPORTS", quote, article: { title: SEED_ARTICLE } });

describe("evidence on every domain type, relationship and graph edge", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** Runs a query and counts its statements: evidence is batched per level, whatever the fan-out. */
  async function counted<TData>(query: string, variables?: Record<string, unknown>) {
    const before = server.statements.length;
    const result = await server.query<TData>(query, variables);
    return { ...result, statements: server.statements.length - before };
  }

  it("traces Nicole Yorkin's showrunner credit to the article's garbled 'para showrunner' and her attribution", async () => {
    const result = await counted(`{
      show(name: "Hit & Run") { crew { nodes { person { name } job evidence { ${CLAIM_FIELDS} } } } }
    }`);
    expect(result).toEqual({
      data: {
        show: {
          crew: {
            nodes: [
              {
                person: { name: "Nicole Yorkin" },
                job: "SHOWRUNNER",
                evidence: [
                  {
                    predicate: "WORKED_ON",
                    value: "SHOWRUNNER",
                    sources: [
                      supports("para showrunner has spoken about the production costs"),
                      supports("say Nicole Yorkin"),
                    ],
                  },
                ],
              },
            ],
          },
        },
      },
      // show, crew, evidence (with its sources)
      statements: 3,
    });
  });

  it("gives Netflix's cancellation the seed article as SUPPORTS and Deadline's report as ORIGINAL_REPORT", async () => {
    const result = await counted(`{
      network(name: "Netflix") {
        evidence(predicate: "kind") { predicate value }
        canceledShows { nodes { show { title } evidence { ${CLAIM_FIELDS} } } }
        shows { nodes { show { title } evidence { predicate } } }
      }
    }`);
    expect(result).toEqual({
      data: {
        network: {
          evidence: [{ predicate: "kind", value: "STREAMER" }],
          canceledShows: {
            nodes: [
              {
                show: { title: "Hit & Run" },
                evidence: [
                  {
                    predicate: "CANCELED",
                    value: null,
                    sources: [
                      supports(
                        "Website Deadline reported in September 2021 that Hit & Run had been canceled by Netflix",
                      ),
                      { role: "ORIGINAL_REPORT", quote: null, article: { title: null } },
                    ],
                  },
                ],
              },
            ],
          },
          shows: {
            nodes: [
              { show: { title: "Fauda" }, evidence: [{ predicate: "CARRIES" }] },
              { show: { title: "Hit & Run" }, evidence: [{ predicate: "CARRIES" }] },
            ],
          },
        },
      },
      // network; its own evidence, canceled shows, carried shows; then the two relationship
      // evidence lists, one statement each since they select different claim fields
      statements: 6,
    });
  });

  it("quotes the pandemic's delay as the evidence of COVID-19's DELAYED_PRODUCTION effect", async () => {
    const result = await counted(`{
      productionFactor(name: "COVID-19 pandemic") {
        evidence(predicate: "kind") { value }
        affectedShows(effect: DELAYED_PRODUCTION) { nodes { effect evidence { ${CLAIM_FIELDS} } } }
      }
    }`);
    expect(result).toEqual({
      data: {
        productionFactor: {
          evidence: [{ value: "PANDEMIC" }],
          affectedShows: {
            nodes: [
              {
                effect: "DELAYED_PRODUCTION",
                evidence: [
                  {
                    predicate: "AFFECTED",
                    value: "DELAYED_PRODUCTION",
                    sources: [
                      supports(
                        "Due to the pandemic, the show’s production took an inordinately long time to even begin",
                      ),
                    ],
                  },
                ],
              },
            ],
          },
        },
      },
      statements: 4,
    });
  });

  it("backs each place of Hit & Run with the claim of its own role, and the places with their kinds", async () => {
    const result = await counted<{
      show: { locations: { role: string; location: { name: string }; evidence: ClaimData[] }[] };
    }>(`{
      show(name: "Hit & Run") {
        locations { role location { name evidence(predicate: "kind") { value } } evidence { ${CLAIM_FIELDS} } }
      }
    }`);
    const telAviv = result.data?.show.locations.find((link) => link.location.name === "Tel Aviv");
    expect(telAviv).toEqual({
      role: "SET_IN",
      location: { name: "Tel Aviv", evidence: [{ value: "CITY" }] },
      evidence: [
        {
          predicate: "SET_IN",
          value: null,
          sources: [supports("killed in a mysterious hit-and-run accident in Tel Aviv")],
        },
      ],
    });
    expect(
      result.data?.show.locations.map((link) => [link.role, link.evidence.map((claim) => claim.predicate)]),
    ).toEqual([
      ["SET_IN", ["SET_IN"]],
      ["SET_IN", ["SET_IN"]],
      ["FILMED_IN", ["FILMED_IN"]],
      ["FILMED_IN", ["FILMED_IN"]],
    ]);
    // show, locations, then one evidence statement for the places and the links together
    expect(result.statements).toBe(3);
  });

  it("reads a symmetric character relationship's claim from either side", async () => {
    const result = await counted(`{
      character(name: "Segev Azulai") {
        relationships {
          kind
          evidence { predicate }
          character { name relationships { kind evidence { predicate } } }
        }
      }
    }`);
    expect(result.data).toEqual({
      character: {
        relationships: [
          {
            kind: "SPOUSE",
            evidence: [{ predicate: "SPOUSE_OF" }],
            character: {
              name: "Danielle Wexler Azulai",
              relationships: [{ kind: "SPOUSE", evidence: [{ predicate: "SPOUSE_OF" }] }],
            },
          },
          {
            kind: "EX_PARTNER",
            evidence: [{ predicate: "EX_PARTNER_OF" }],
            character: {
              name: "Naomi Hicks",
              relationships: [{ kind: "EX_PARTNER", evidence: [{ predicate: "EX_PARTNER_OF" }] }],
            },
          },
        ],
      },
    });
    // character, relationships, then at most one statement per level for the evidence and the
    // others' relationships (DataLoader may gather both levels' evidence into one)
    expect(result.statements).toBeLessThanOrEqual(5);
  });

  it("gives a season its own claims", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") { seasons { number evidence(predicate: "premiereDate") { value } } }
    }`);
    expect(result).toEqual({
      data: { show: { seasons: [{ number: 1, evidence: [{ value: "2021-08" }] }] } },
    });
  });

  it("backs every hop of the path from Lior Ashkenazi to Sanaa Lathan with at least one claim", async () => {
    const result = await counted<{
      paths: { relationships: { type: string; evidence: ClaimData[] }[] }[];
    }>(
      `query Paths($from: ID!, $to: ID!) {
        paths(from: $from, to: $to) { relationships { type evidence { ${CLAIM_FIELDS} } } }
      }`,
      {
        from: toGlobalId("Person", "lior-ashkenazi"),
        to: toGlobalId("Person", "sanaa-lathan"),
      },
    );
    const hops = result.data?.paths[0]?.relationships ?? [];
    expect(hops.map((hop) => [hop.type, hop.evidence.map((claim) => claim.predicate)])).toEqual([
      ["PLAYS", ["PLAYS"]],
      ["CHARACTER_IN", ["CHARACTER_IN"]],
      ["CHARACTER_IN", ["CHARACTER_IN"]],
      ["PLAYS", ["PLAYS"]],
    ]);
    expect(hops[0]?.evidence[0]?.sources).toEqual([supports("Lior Ashkenazi as Assaf Talmor")]);
    // the path, then every hop's evidence at once
    expect(result.statements).toBe(2);
  });

  it("backs every edge of Hit & Run's neighbourhood with a claim, but an article being ABOUT it (the article is its own evidence)", async () => {
    const result = await counted<{
      neighborhood: { relationships: { type: string; evidence: ClaimData[] }[] };
    }>(
      `query Near($id: ID!) {
        neighborhood(id: $id, depth: 1) { relationships { type evidence { predicate } } }
      }`,
      { id: toGlobalId("Show", "hit-and-run") },
    );
    const edges = result.data?.neighborhood.relationships ?? [];
    expect(edges.length).toBeGreaterThan(10);
    expect(new Set(edges.filter((edge) => edge.evidence.length === 0).map((edge) => edge.type))).toEqual(
      new Set(["ABOUT"]),
    );
    expect(edges.every((edge) => edge.evidence.every((claim) => claim.predicate === edge.type))).toBe(true);
    expect(result.statements).toBe(2);
  });
});
