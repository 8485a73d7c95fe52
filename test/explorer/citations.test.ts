import { describe, expect, it } from "vitest";

import { citationsMarkdown } from "../../web/graph-view/citations.js";
import type { ArticleSummary, Claim, ClaimSource } from "../../web/graph-view/claim-data.js";
import { claimFixture, personNode } from "../support/claim-fixture.js";

const fanArticle: ArticleSummary = {
  id: "fan",
  title: "When will Hit & Run Season 2 be released?",
  url: null,
  author: null,
  publishedOn: null,
  publisher: null,
};
const jns: ArticleSummary = {
  id: "jns",
  title: "Netflix cancels Israeli series ‘Hit & Run’ after one season",
  url: "https://www.jwire.com.au/netflix-cancels-israeli-series-hit-run-after-one-season/",
  author: "JNS",
  publishedOn: { value: "2021-09-26", precision: "DAY" },
  publisher: { name: "J-Wire", url: "https://www.jwire.com.au" },
};

function source(article: ArticleSummary, quote: string): ClaimSource {
  return {
    role: "SUPPORTS",
    quote,
    start: null,
    end: null,
    url: article.url,
    publishedOn: article.publishedOn,
    outlet: article.publisher,
    article,
    relays: null,
    quotedFrom: null,
  };
}

function claim(subject: string, predicate: string, object: string, sources: ClaimSource[]): Claim {
  return claimFixture({
    id: `${subject}-${object}`,
    predicate,
    subject: personNode(subject),
    object: personNode(object),
    sources,
  });
}

describe("citationsMarkdown", () => {
  it("lists each source once, with what it supports and its words, dated at its precision", () => {
    const markdown = citationsMarkdown("the paths from Hit & Run to Lior Raz", [
      {
        words: "Lior Raz plays Segev Azulai",
        claims: [
          claim("Lior Raz", "PLAYS", "Segev Azulai", [
            source(fanArticle, "Lior Raz as Segev Azulai"),
            source(jns, "Raz played Segev Azulai"),
          ]),
        ],
      },
      {
        words: "Segev Azulai character in Hit & Run",
        claims: [
          claim("Segev Azulai", "CHARACTER_IN", "Hit & Run", [
            source(fanArticle, "The Hit & Run cast includes:"),
          ]),
        ],
      },
      { words: "Hit & Run related to Fauda", claims: [claim("Hit & Run", "RELATED_TO", "Fauda", [])] },
    ]);
    expect(markdown).toBe(
      [
        "Sources: the paths from Hit & Run to Lior Raz",
        "",
        "- “When will Hit & Run Season 2 be released?”, outlet not known, undated. Supports: Lior Raz plays Segev Azulai (“Lior Raz as Segev Azulai”); Segev Azulai character in Hit & Run (“The Hit & Run cast includes:”).",
        "- [Netflix cancels Israeli series ‘Hit & Run’ after one season](https://www.jwire.com.au/netflix-cancels-israeli-series-hit-run-after-one-season/), J-Wire, by JNS, 26 September 2021. Supports: Lior Raz plays Segev Azulai (“Raz played Segev Azulai”).",
        "- General knowledge, no article: Hit & Run related to Fauda.",
      ].join("\n"),
    );
  });
});
