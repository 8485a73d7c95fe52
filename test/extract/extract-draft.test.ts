import { readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { draftToYaml } from "../../src/extract/draft-to-yaml.js";
import { extractDraft, guessShowTitle } from "../../src/extract/extract-draft.js";
import { checkFactsFile } from "../../src/ingest/ingest-facts.js";

const SEED_ARTICLE = "/work/shared/seed/hit-and-run-season-2.txt";
const text = readFileSync(SEED_ARTICLE, "utf8");
const draft = extractDraft(text);

describe("extracting a draft from the seed article", () => {
  it("finds the seven cast pairs, each with its quote", () => {
    const plays = draft.claims.filter((claim) => claim.predicate === "PLAYS");
    expect(
      plays.map(({ subject, object, properties, support }) => [
        subject,
        object,
        properties,
        support?.[0]?.quote,
      ]),
    ).toEqual([
      [
        "Person:lior-raz",
        "Character:hit-and-run/segev-azulai",
        { billingOrder: 1 },
        "Lior Raz as Segev Azulai",
      ],
      [
        "Person:lior-ashkenazi",
        "Character:hit-and-run/assaf-talmor",
        { billingOrder: 2 },
        "Lior Ashkenazi as Assaf Talmor",
      ],
      [
        "Person:sanaa-lathan",
        "Character:hit-and-run/naomi-hicks",
        { billingOrder: 3 },
        "Sanaa Lathan as Naomi Hicks",
      ],
      [
        "Person:kaelen-ohm",
        "Character:hit-and-run/danielle-wexler-azulai",
        { billingOrder: 4 },
        "Kaelen Ohm as Danielle Wexler Azulai",
      ],
      [
        "Person:moran-rosenblatt",
        "Character:hit-and-run/tali-shapira",
        { billingOrder: 5 },
        "Moran Rosenblatt as Tali Shapira",
      ],
      [
        "Person:gregg-henry",
        "Character:hit-and-run/martin-wexler",
        { billingOrder: 6 },
        "Gregg Henry as Martin Wexler",
      ],
      ["Person:gal-toren", "Character:hit-and-run/ron-harel", { billingOrder: 7 }, "Gal Toren as Ron Harel"],
    ]);
  });

  it("names the show from the title, and the outlets the article names", () => {
    expect(guessShowTitle(text)).toBe("Hit & Run");
    const outlets = draft.entities.filter((entity) => entity.type === "NewsSource");
    expect(outlets.map((outlet) => [outlet.id, outlet.type === "NewsSource" && outlet.name])).toEqual([
      ["deadline", "Deadline"],
      ["the-hollywood-reporter", "The Hollywood Reporter"],
    ]);
    expect(draft.article.cites).toEqual(["deadline-hit-and-run-report"]);
  });

  it("dates the premiere (August 2021) and Deadline's report (September 2021)", () => {
    const dated = draft.claims.filter((claim) => claim.value?.startsWith("2021"));
    expect(
      dated.map(({ subject, predicate, value, support }) => [subject, predicate, value, support?.[0]?.quote]),
    ).toEqual([
      ["Show:hit-and-run", "premiereDate", "2021-08", "came out in August 2021"],
      ["Article:deadline-hit-and-run-report", "publishedDate", "2021-09", "reported in September 2021"],
    ]);
  });

  it("finds Nicole Yorkin's quote, both runs of it, and the outlet she gave it to", () => {
    expect(draft.quotes.map(({ id, start, end, text: words }) => [id, start, end, words])).toEqual([
      [
        "nicole-yorkin-quote-1",
        1913,
        2011,
        "They (Netflix) want it to be an international hit and not just a hit in Israel or a hit in the US,",
      ],
      [
        "nicole-yorkin-quote-2",
        2033,
        2177,
        "One episode of our film is equivalent to two full seasons of ‘Fauda’ (another Netflix series from the same maker) in terms of how much it costs.",
      ],
    ]);
    const said = draft.claims.filter((claim) => claim.subject === "Quote:nicole-yorkin-quote-1");
    expect(said.map(({ predicate, object, support }) => [predicate, object, support?.[0]?.quote])).toEqual([
      ["SAID_BY", "Person:nicole-yorkin", "say Nicole Yorkin"],
      ["GIVEN_TO", "NewsSource:the-hollywood-reporter", "an interview with The Hollywood Reporter"],
    ]);
  });

  it("lists the places named", () => {
    const places = draft.entities.filter((entity) => entity.type === "Location");
    expect(places.map((place) => place.id)).toEqual(["tel-aviv", "united-states", "new-york", "israel"]);
  });

  it("gives every claim its quote at its offsets and marks it unreviewed", () => {
    for (const claim of draft.claims) {
      expect(claim.reviewed).toBe(false);
      expect(claim.support?.length).toBeGreaterThan(0);
      for (const { quote, start, end } of claim.support ?? []) {
        expect(text.slice(start, end)).toBe(quote);
      }
    }
    for (const quote of draft.quotes) {
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it("writes a facts file whose only problems are the unreviewed claims", async () => {
    const folder = mkdtempSync(join(tmpdir(), "showgraph-extract-"));
    try {
      const file = join(folder, "draft.facts.yaml");
      writeFileSync(file, draftToYaml(draft, SEED_ARTICLE));
      const { problems } = await checkFactsFile(file);
      expect(problems).toHaveLength(draft.claims.length);
      expect(
        new Set(problems.map(({ path, message }) => `${path.replace(/\[\d+\]/, "[n]")}: ${message}`)),
      ).toEqual(
        new Set([
          "claims[n].reviewed: this drafted claim is unreviewed: check it against the article, then remove `reviewed: false`",
        ]),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
