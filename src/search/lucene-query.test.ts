import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { escapeLuceneTerm, searchWords, toLuceneQuery } from "./lucene-query.js";

const SPECIALS = [
  "+",
  "-",
  "&&",
  "||",
  "!",
  "(",
  ")",
  "{",
  "}",
  "[",
  "]",
  "^",
  '"',
  "~",
  "*",
  "?",
  ":",
  "\\",
  "/",
];

describe("escapeLuceneTerm", () => {
  it("escapes every character of Lucene's query syntax", () => {
    expect(SPECIALS.map(escapeLuceneTerm)).toEqual([
      "\\+",
      "\\-",
      "\\&\\&",
      "\\|\\|",
      "\\!",
      "\\(",
      "\\)",
      "\\{",
      "\\}",
      "\\[",
      "\\]",
      "\\^",
      '\\"',
      "\\~",
      "\\*",
      "\\?",
      "\\:",
      "\\\\",
      "\\/",
    ]);
  });

  it("turns operator words into plain terms", () => {
    expect(["AND", "OR", "NOT", "ANDY", "and"].map(escapeLuceneTerm)).toEqual([
      "\\AND",
      "\\OR",
      "\\NOT",
      "ANDY",
      "and",
    ]);
  });
});

describe("searchWords", () => {
  it("folds case and accents and splits where the index splits", () => {
    expect(searchWords("  Sanáa   LATHAN ")).toEqual(["sanaa", "lathan"]);
    expect(searchWords("hit&run")).toEqual(["hit", "run"]);
    expect(searchWords("COVID-19")).toEqual(["covid", "19"]);
    expect(searchWords("here’s O'Brien's 'quoted'")).toEqual(["here’s", "o'brien's", "quoted"]);
  });

  it("finds no words in a text of special characters and operators alone", () => {
    expect(searchWords(SPECIALS.join(" "))).toEqual([]);
    expect(searchWords('"\\*(~')).toEqual([]);
    expect(searchWords("AND OR NOT")).toEqual(["and", "or", "not"]);
  });
});

describe("toLuceneQuery", () => {
  it("gives each word an exact, a prefix and (from four letters) a fuzzy alternative", () => {
    expect(toLuceneQuery(["hit"])).toBe("(hit^4 OR hit*^2)");
    expect(toLuceneQuery(["sana", "lathan"])).toBe(
      "(sana^4 OR sana*^2 OR sana~1) OR (lathan^4 OR lathan*^2 OR lathan~1)",
    );
    expect(toLuceneQuery(["ashkenazy"])).toBe("(ashkenazy^4 OR ashkenazy*^2 OR ashkenazy~2)");
  });

  it("is null when there is nothing to look for", () => {
    expect(toLuceneQuery([])).toBeNull();
  });

  it("never lets a character of the text act as syntax", () => {
    // Outside the escapes, a word clause holds only its word's characters and the syntax it adds.
    const clause =
      /^\((?:[^\s\\+\-!():^[\]"{}~*?|&/]|\\.)+\^4 OR (?:[^\s\\+\-!():^[\]"{}~*?|&/]|\\.)+\*\^2(?: OR (?:[^\s\\+\-!():^[\]"{}~*?|&/]|\\.)+~[12])?\)$/u;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...SPECIALS, "a", "É", " ", "AND", "'", "1") }),
        (text) => {
          const query = toLuceneQuery(searchWords(text));
          return (
            query === null ||
            query.split(" OR (").every((part, index) => clause.test(index === 0 ? part : `(${part}`))
          );
        },
      ),
    );
  });
});
