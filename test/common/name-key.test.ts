import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { toNameKey } from "../../src/common/name-key.js";

/** Latin letters that NFKD leaves whole, and how a person types them without the accent. */
const UNDECOMPOSED: [string, string][] = [
  ["Søren Kierkegård", "Soren Kierkegard"],
  ["Ærø", "Aero"],
  ["Œuvre", "Oeuvre"],
  ["Straße", "Strasse"],
  ["Đorđe", "Dorde"],
  ["Łódź", "Lodz"],
  ["Þór", "Thor"],
  ["Guðrún", "Gudrun"],
  ["Iğdır", "Igdir"],
  ["Ħamrun", "Hamrun"],
  ["Ŧ", "T"],
];

/** Strings of Latin letters, accents, other scripts, spaces and marks alone. */
const names = fc.string({
  unit: fc.oneof(
    fc.constantFrom(..."aøæœßđłþðıħŧØÆŒẞĐŁÞÐİĦŦéÉñ ́ ̈\t文字פאודהΩ"),
    fc.string({ unit: "grapheme", maxLength: 1 }),
  ),
  maxLength: 30,
});

describe("name keys", () => {
  it.each(UNDECOMPOSED)("folds %s as %s", (name, typed) => {
    expect(toNameKey(name)).toBe(toNameKey(typed));
    expect(toNameKey(name)).toBe(typed.toLowerCase());
  });

  it("is its own fixed point, and leaves no mark nor a Latin letter outside ASCII", () => {
    fc.assert(
      fc.property(names, (name) => {
        const key = toNameKey(name);
        expect(toNameKey(key)).toBe(key);
        expect(key).not.toMatch(/\p{M}/u);
        expect(key).not.toMatch(/(?!\p{ASCII})\p{Script=Latin}/u);
        expect(key).toBe(key.trim());
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps other scripts as they are written", () => {
    expect(toNameKey("פאודה")).toBe("פאודה");
    expect(toNameKey("東京  Vice")).toBe("東京 vice");
  });
});
