import { readFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fromGlobalId } from "../../src/common/global-id.js";
import { toPartialDate } from "../../src/common/partial-date.type.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";
import { SEED_GENERAL_KNOWLEDGE_CLAIMS } from "../support/seed-claims.js";

const SEED_ARTICLE_FILE = join("/work/shared/seed", "hit-and-run-season-2.txt");

interface SourceResult {
  role: "SUPPORTS" | "ORIGINAL_REPORT";
  quote: string | null;
  start: number | null;
  end: number | null;
  quoteMatchesText: boolean | null;
  article: { id: string; text: string | null };
}

interface ClaimResult {
  id: string;
  rank: string;
  confidence: number;
  knownFromBasis: string | null;
  sources: SourceResult[];
}

interface ClaimsPage {
  claims: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: ClaimResult[];
  };
}

/** Relationships that are provenance structure, not facts about the world (docs/model.md). */
const PROVENANCE_TYPES = [
  "SUBJECT",
  "OBJECT",
  "SUPPORTED_BY",
  "ORIGINALLY_REPORTED_BY",
  "QUOTED_IN",
  "ABOUT",
  "CITES",
];

/** Node properties that state facts (the rest are identity: ids, names, titles, quote words). */
const FACT_PROPERTIES: Record<string, string[]> = {
  Show: [
    "kind",
    "status",
    "premiereDate",
    "endDate",
    "originCountries",
    "originalLanguage",
    "synopsis",
    "seasonCount",
    "episodeCount",
  ],
  Season: ["premiereDate", "endDate", "episodeCount"],
  Character: ["description"],
  Network: ["kind"],
  Location: ["kind", "countryCode"],
  ProductionFactor: ["kind", "description"],
  NewsSource: ["kind"],
};
/** An article we hold evidences its own metadata; one known only through a citation does not. */
const CITED_ARTICLE_FACT_PROPERTIES = ["title", "url", "language", "publishedDate"];

/** A stored property as a claim's value: partial dates to their precision, lists comma-joined. */
function asClaimValue(properties: Record<string, unknown>, property: string): string {
  const value = properties[property];
  if (property.endsWith("Date")) {
    return toPartialDate(value as string, properties[`${property}Precision`] as string)?.value ?? "";
  }
  return Array.isArray(value) ? value.join(",") : String(value);
}

describe("the seed graph: nothing in it is unsourced", () => {
  let server: TestServer;
  let claims: ClaimResult[];

  beforeAll(async () => {
    server = await startTestServer();
    claims = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof server.query<ClaimsPage>>> = await server.query<ClaimsPage>(
        `query AllClaims($after: String) {
          claims(includeDeprecated: true, first: 100, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id rank confidence knownFromBasis
              sources { role quote start end quoteMatchesText article { id text } }
            }
          }
        }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      claims.push(...(page.data?.claims.nodes ?? []));
      after = page.data?.claims.pageInfo.hasNextPage ? page.data.claims.pageInfo.endCursor : null;
    } while (after);
  });
  afterAll(() => server.close());

  it("stores the article's full text, character for character", async () => {
    const result = await server.query<{ article: { text: string } }>(
      `{ article(name: "When will Hit & Run Season 2 be released? Here’s the Official News From Netflix") { text } }`,
    );
    expect(result.data?.article.text).toBe(readFileSync(SEED_ARTICLE_FILE, "utf8"));
  });

  it("has every claim's quotes at their offsets in the stored article text", () => {
    const passages = claims.flatMap((claim) =>
      claim.sources
        .filter((source) => source.role === "SUPPORTS")
        .map((source) => ({ claim: fromGlobalId(claim.id).key, ...source })),
    );
    expect(passages.length).toBeGreaterThan(70);
    const misplaced = passages.filter(
      ({ quote, start, end, article }) =>
        quote === null || start === null || end === null || article.text?.slice(start, end) !== quote,
    );
    expect(misplaced).toEqual([]);
    expect(passages.every((passage) => passage.quoteMatchesText === true)).toBe(true);
  });

  it("supports every claim with a quote, except the general-knowledge ones, which say so", () => {
    const unquoted = claims.filter((claim) => !claim.sources.some((source) => source.role === "SUPPORTS"));
    expect(unquoted.map((claim) => fromGlobalId(claim.id).key).sort()).toEqual(SEED_GENERAL_KNOWLEDGE_CLAIMS);
    expect(
      unquoted.every((claim) => claim.knownFromBasis === "GENERAL_KNOWLEDGE" && claim.confidence === 1),
    ).toBe(true);
  });

  it("has a claim behind every relationship between entities", async () => {
    const relationships = await server.executor.read<{ fact: string; claimed: boolean }>(
      {
        cypher: `
          MATCH (a)-[r]->(b) WHERE NOT type(r) IN $provenance
          WITH a, r, b, coalesce(r.effect, r.job, r.reason) AS value
          RETURN a.id + ' ' + type(r) + ' ' + b.id + coalesce(' ' + value, '') AS fact,
                 EXISTS {
                   MATCH (b)<-[:OBJECT]-(c:Claim {predicate: type(r)})-[:SUBJECT]->(a)
                   WHERE c.rank <> 'DEPRECATED' AND (value IS NULL OR c.value = value)
                 } AS claimed`,
        parameters: { provenance: PROVENANCE_TYPES },
      },
      { operation: "test: relationships without claims" },
    );
    expect(relationships.length).toBeGreaterThanOrEqual(40);
    expect(relationships.filter((relationship) => !relationship.claimed)).toEqual([]);
  });

  it("has a preferred, current claim giving every stored fact property its stored value", async () => {
    const rows = await server.executor.read<{
      label: string;
      properties: Record<string, unknown>;
      claims: { predicate: string; value: string | null }[];
    }>(
      {
        cypher: `
          MATCH (n) WHERE n:Show OR n:Season OR n:Character OR n:Network OR n:Location OR n:ProductionFactor
            OR n:NewsSource OR (n:Article AND n.text IS NULL)
          RETURN labels(n)[0] AS label, n {.*} AS properties,
                 [(n)<-[:SUBJECT]-(c:Claim) WHERE c.rank = 'PREFERRED' AND c.validTo IS NULL
                   | {predicate: c.predicate, value: c.value}] AS claims`,
      },
      { operation: "test: fact properties without claims" },
    );
    const unclaimed = rows.flatMap(({ label, properties, claims: current }) =>
      (label === "Article" ? CITED_ARTICLE_FACT_PROPERTIES : (FACT_PROPERTIES[label] ?? []))
        .filter((property) => properties[property] != null)
        .filter(
          (property) =>
            !current.some(
              (claim) => claim.predicate === property && claim.value === asClaimValue(properties, property),
            ),
        )
        .map((property) => `${String(properties.id)}.${property}`),
    );
    expect(rows.length).toBeGreaterThan(15);
    expect(unclaimed).toEqual([]);
  });
});
