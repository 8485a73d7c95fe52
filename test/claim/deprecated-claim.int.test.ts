import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const FILM_REASON =
  'Hit & Run is a television series (one season of episodes on Netflix). The article itself calls it a series elsewhere. "The film" is careless wording.';

describe('the article calls Hit & Run "the film"', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("shows the kind as SERIES, and no FILM claim unless asked", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        kind
        evidence(predicate: "kind") { value rank }
        facts(predicates: ["kind"]) { value contested alternatives { value } }
      }
    }`);
    expect(result).toEqual({
      data: {
        show: {
          kind: "SERIES",
          evidence: [{ value: "SERIES", rank: "PREFERRED" }],
          facts: [{ value: "SERIES", contested: false, alternatives: [] }],
        },
      },
    });
  });

  it("keeps the FILM claim as DEPRECATED, with its reason and the article's words", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        evidence(predicate: "kind", includeDeprecated: true) {
          value rank deprecationReason confidence
          confidenceDerivation { basis note }
          sources { role quote start end quoteMatchesText article { title } }
        }
        facts(predicates: ["kind"], includeDeprecated: true) { value contested alternatives { value rank } }
      }
    }`);
    const article = {
      title: "When will Hit & Run Season 2 be released? Here’s the Official News From Netflix",
    };
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      show: {
        evidence: [
          {
            value: "SERIES",
            rank: "PREFERRED",
            deprecationReason: null,
            confidence: 0.6,
            confidenceDerivation: {
              basis: "DIRECT",
              note: "One secondary source: an undated fan article with no named outlet states it, and nothing confirms it independently: 0.6.",
            },
            sources: [
              {
                role: "SUPPORTS",
                quote: "The series dominates the top 10 lists",
                start: 167,
                end: 204,
                quoteMatchesText: true,
                article,
              },
              {
                role: "SUPPORTS",
                quote: "this hit Israeli-American series",
                start: 904,
                end: 936,
                quoteMatchesText: true,
                article,
              },
            ],
          },
          {
            value: "FILM",
            rank: "DEPRECATED",
            deprecationReason: FILM_REASON,
            confidence: 0.05,
            confidenceDerivation: {
              basis: "DIRECT",
              note: "Contradicted (see the deprecation reason): kept at 0.05 so that it never outranks the preferred claim.",
            },
            sources: [
              {
                role: "SUPPORTS",
                quote: "the ending of the film is tense and hanging",
                start: 1234,
                end: 1277,
                quoteMatchesText: true,
                article,
              },
              {
                role: "SUPPORTS",
                quote: "the production costs of this film",
                start: 1829,
                end: 1862,
                quoteMatchesText: true,
                article,
              },
            ],
          },
        ],
        facts: [{ value: "SERIES", contested: false, alternatives: [{ value: "FILM", rank: "DEPRECATED" }] }],
      },
    });
  });

  it("lists the deprecated claim among the claims about the show only on request", async () => {
    const query = `query Kinds($about: ID!, $includeDeprecated: Boolean) {
      claims(about: $about, predicate: "kind", includeDeprecated: $includeDeprecated) { nodes { value rank } }
    }`;
    const show = await server.query<{ show: { id: string } }>(`{ show(name: "Hit & Run") { id } }`);
    const about = show.data?.show.id;
    expect(await server.query(query, { about })).toEqual({
      data: { claims: { nodes: [{ value: "SERIES", rank: "PREFERRED" }] } },
    });
    expect(await server.query(query, { about, includeDeprecated: true })).toEqual({
      data: {
        claims: {
          nodes: [
            { value: "SERIES", rank: "PREFERRED" },
            { value: "FILM", rank: "DEPRECATED" },
          ],
        },
      },
    });
  });
});
