import fc from "fast-check";

/**
 * Text a client might send on purpose or by accident: query-language injections (Cypher, Lucene's
 * full-text syntax, SQL), control and format characters, lone surrogates, right-to-left overrides,
 * very long text, and a few names the seed graph really has (so some look-ups succeed and go deeper).
 */
export const INJECTIONS: readonly string[] = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 RETURN n //`,
  "`) CALL db.labels() YIELD label RETURN label //",
  "$id",
  "{id: 1}",
  "*",
  "*:*",
  "?",
  "~",
  "name:*",
  "a AND OR NOT",
  "((((",
  '"unterminated',
  "\\",
  "/regex/",
  "a~2",
  "[a TO z]",
  "title^10",
  "&& || !",
  "'; DROP TABLE shows; --",
  "1' OR '1'='1",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00",
  "${jndi:ldap://x}",
];

export const CONTROL_AND_UNICODE: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u001b[31mred",
  "\r\n\t",
  "\u200b\u200d\ufeff",
  "\u202etxet",
  "\ud800",
  "\udfff lone",
  "😀👩‍👩‍👧",
  "e\u0301\u0301\u0301",
  "Søren Kierkegård",
  "ǅ ß ẞ ı İ ﬁ",
  "\uffff\ufffe",
];

export const SEED_NAMES: readonly string[] = [
  "Hit & Run",
  "sanaa lathan",
  "Sanaa Lathan",
  "Lior Raz",
  "hit",
  "HBO",
];

/** Any text: mostly hostile, sometimes long, sometimes random code points. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...INJECTIONS), weight: 3 },
  { arbitrary: fc.constantFrom(...CONTROL_AND_UNICODE), weight: 3 },
  { arbitrary: fc.constantFrom(...SEED_NAMES), weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 2 },
  { arbitrary: fc.constantFrom(10, 1_000, 10_000).map((length) => "a".repeat(length)), weight: 1 },
);

/** Whole numbers where a page size or a count goes: small, zero, negative, and 32-bit edges. */
export const hostileInt: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 30 }),
  fc.constantFrom(0, -1, 100, 1_000, 1_000_000, 2_147_483_647, -2_147_483_648),
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
);

/** Numbers a 32-bit Int cannot hold, or that are not whole: wrong for Int, right for Float. */
export const outOfRangeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(2_147_483_648, -2_147_483_649, 1e20, 1e308, 0.5, -0.0001),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Dates as text: right, partial, before year 1000, impossible, or not dates at all. */
export const hostileDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "2021",
    "2021-08",
    "2021-08-31",
    "0999",
    "0001-01",
    "0000",
    "-0001",
    "10000",
    "9999-12-31",
    "2021-02-30",
    "2021-13",
    "1999-12-31T00:00:00Z",
    "yesterday",
    "",
  ),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([year, month, day]) =>
      [String(year).padStart(4, "0"), String(month).padStart(2, "0"), String(day).padStart(2, "0")].join("-"),
    ),
);

const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/**
 * Relay global ids (base64url of "Type:key", src/common/global-id.ts): of real and unknown types,
 * with hostile keys, plus text that is no id at all.
 */
export function hostileId(typeNames: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...typeNames, "Bogus", ""), hostileString)
      .map(([type, key]) => base64url(`${type}:${key}`)),
    fc.constantFrom(base64url("Show:hit-and-run"), base64url("Person:sanaa-lathan"), base64url("Show:")),
    hostileString,
  );
}

/** Cursors (base64url JSON, src/pagination/cursor.ts) that no page ever handed out. */
export const hostileCursor: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((value) => base64url(JSON.stringify(value))),
  fc
    .tuple(
      fc.constantFrom(2, 1, 3, "2"),
      hostileString,
      fc.array(fc.oneof(fc.double(), hostileString, fc.boolean()), { maxLength: 3 }),
    )
    .map((parts) => base64url(JSON.stringify([parts[0], parts[1], ...parts[2]]))),
  hostileString,
);
