import { describe, expect, it } from "vitest";

import {
  byRank,
  claimInWords,
  confidenceInWords,
  knownTimeInWords,
  validTimeInWords,
} from "../../web/graph-view/claim-words.js";
import { dateInWords } from "../../web/graph-view/partial-date.js";
import { quoteInContext } from "../../web/graph-view/quote-context.js";
import { claimFixture } from "../support/claim-fixture.js";

const claim = claimFixture;

describe("dates at their precision", () => {
  it("never makes up a day or a month", () => {
    expect(dateInWords({ value: "2021-09", precision: "MONTH" })).toBe("September 2021");
    expect(dateInWords({ value: "2021-09-26", precision: "DAY" })).toBe("26 September 2021");
    expect(dateInWords({ value: "2021", precision: "YEAR" })).toBe("2021");
    // A month stored as its first day (relationship properties): the precision wins.
    expect(dateInWords({ value: "2021-09-01", precision: "MONTH" })).toBe("September 2021");
  });
});

describe("claims in words", () => {
  it("says what a relationship claim and a property claim state", () => {
    expect(claimInWords(claim({}))).toBe("Lior Raz plays Segev Azulai");
    expect(claimInWords(claim({ predicate: "kind", value: "SERIES", object: null }))).toBe("kind: series");
    expect(claimInWords(claim({ predicate: "premiereDate", value: "2021-08", object: null }))).toBe(
      "premiere date: August 2021",
    );
  });

  it("gives known and valid time in words, saying when nothing dates them", () => {
    const month = { value: "2021-09", precision: "MONTH" } as const;
    expect(knownTimeInWords({ knownFrom: month, knownFromBasis: "CITED_REPORT" })).toBe(
      "Known since September 2021 (from the earlier report an article relays)",
    );
    expect(knownTimeInWords({ knownFrom: null, knownFromBasis: null })).toMatch(/no source is dated/);
    expect(validTimeInWords({ validFrom: { value: "2021-08", precision: "MONTH" }, validTo: month })).toBe(
      "True from August 2021 until September 2021",
    );
    expect(validTimeInWords({ validFrom: null, validTo: null })).toMatch(/at all times/);
    expect(confidenceInWords(0.6)).toBe("Confidence 0.6 of 1");
  });

  it("puts the preferred claim first, the deprecated last", () => {
    const claims = [
      claim({ rank: "DEPRECATED", confidence: 0.05 }),
      claim({ rank: "NORMAL", confidence: 0.9 }),
      claim({ rank: "PREFERRED", confidence: 0.6 }),
    ];
    expect(claims.sort(byRank).map((each) => each.rank)).toEqual(["PREFERRED", "NORMAL", "DEPRECATED"]);
  });
});

describe("a quote in its sentence", () => {
  const text = "First sentence. The series dominates the top 10 lists in many countries. Next one.";
  const quote = "The series dominates the top 10 lists";
  const start = text.indexOf(quote);

  it("keeps the rest of the sentence around the quoted words", () => {
    expect(quoteInContext(quote, text, start, start + quote.length)).toEqual({
      before: "",
      quote,
      after: " in many countries.",
    });
  });

  it("cuts long context with an ellipsis", () => {
    const long = `${"word ".repeat(60)}${quote}${" more".repeat(60)}.`;
    const at = long.indexOf(quote);
    const shown = quoteInContext(quote, long, at, at + quote.length);
    expect(shown.before.startsWith("…")).toBe(true);
    expect(shown.after.endsWith("…")).toBe(true);
    expect(shown.before.length).toBeLessThanOrEqual(161);
  });

  it("shows the quote alone when the text does not hold it at its offsets", () => {
    expect(quoteInContext(quote, text, 0, quote.length)).toEqual({ before: "", quote, after: "" });
    expect(quoteInContext(quote, null, start, start + quote.length)).toEqual({
      before: "",
      quote,
      after: "",
    });
  });
});
