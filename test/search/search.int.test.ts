import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const SEARCH = `query Search($text: String!, $types: [SearchableType!], $first: Int, $after: String) {
  search(text: $text, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { score node { __typename displayName } } }
  }
}`;

interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { score: number; node: { __typename: string; displayName: string } } }[];
  };
}

const SPECIAL_TEXTS = [
  "+",
  "-",
  "&&",
  "||",
  "!",
  "(",
  ")",
  "{}",
  "[]",
  "^",
  '"',
  "~",
  "*",
  "?",
  ":",
  "\\",
  "/",
  '"unclosed',
  "AND",
  "OR",
  "NOT",
  "AND OR NOT",
  "hit AND",
  "OR run",
  "(hit",
  "run)",
  "~lior",
  "lior~",
  "lior~10",
  "*lior",
  "sana*",
  "title:hit",
  "\\hit",
  "hit\\",
  "[hit TO run]",
  "{a TO z}",
  "hit^100",
  "+hit -run",
  "hit && run || !fauda",
  "/regex.*/",
  "?",
  '"\\*(~',
  '"(*~\\:/)"',
];

describe("search", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function search(variables: Record<string, unknown>) {
    const before = server.statements.length;
    const result = await server.query<SearchData>(SEARCH, variables);
    return { ...result, statements: server.statements.length - before };
  }

  async function topNames(text: string, types?: string[]): Promise<string[]> {
    const { data, errors } = await search({ text, types });
    expect(errors).toBeUndefined();
    return (data?.search.edges ?? []).map(({ node }) => `${node.node.__typename}: ${node.node.displayName}`);
  }

  it('finds Sanaa Lathan first for "Sana Lathan", in one statement', async () => {
    const { data, errors, statements } = await search({ text: "Sana Lathan" });
    expect(errors).toBeUndefined();
    expect(data?.search.edges[0]?.node.node).toEqual({ __typename: "Person", displayName: "Sanaa Lathan" });
    expect(statements).toBe(1);
  });

  it("ignores accents and case", async () => {
    expect((await topNames("Sanáa"))[0]).toBe("Person: Sanaa Lathan");
    expect((await topNames("SANAA LATHAN"))[0]).toBe("Person: Sanaa Lathan");
    expect((await topNames("sanaa lathan"))[0]).toBe("Person: Sanaa Lathan");
  });

  it("finds a name from the start of a word", async () => {
    expect((await topNames("Ashken"))[0]).toBe("Person: Lior Ashkenazi");
    expect((await topNames("Yorki"))[0]).toBe("Person: Nicole Yorkin");
  });

  it("tolerates one or two typos in longer words", async () => {
    expect((await topNames("Ashkenazy"))[0]).toBe("Person: Lior Ashkenazi");
    expect((await topNames("Nicol Yorkn"))[0]).toBe("Person: Nicole Yorkin");
    expect((await topNames("Rosenblat"))[0]).toBe("Person: Moran Rosenblatt");
  });

  it('finds both Liors for "lior", equally relevant, then by id', async () => {
    const { data } = await search({ text: "lior" });
    const [first, second] = data?.search.edges ?? [];
    expect([first?.node.node.displayName, second?.node.node.displayName]).toEqual([
      "Lior Ashkenazi",
      "Lior Raz",
    ]);
    expect(first?.node.score).toBe(second?.node.score);
  });

  it("ranks the best match first: all words over some", async () => {
    expect((await topNames("lior raz")).slice(0, 2)).toEqual(["Person: Lior Raz", "Person: Lior Ashkenazi"]);
  });

  it('finds Hit & Run first for "hit", and for "hit&run"', async () => {
    expect((await topNames("hit"))[0]).toBe("Show: Hit & Run");
    expect((await topNames("hit&run"))[0]).toBe("Show: Hit & Run");
  });

  it("keeps only the types asked for", async () => {
    // The shorter name holds the word in fewer words, so it ranks first.
    expect(await topNames("azulai", ["CHARACTER"])).toEqual([
      "Character: Segev Azulai",
      "Character: Danielle Wexler Azulai",
    ]);
    expect(await topNames("azulai", ["PERSON"])).toEqual([]);
    expect(await topNames("hit", ["SHOW", "PERSON"])).toEqual(["Show: Hit & Run"]);
    expect(await topNames("hit", [])).toContain("Show: Hit & Run");
  });

  it("pages with cursors that continue where the last page ended", async () => {
    const all = await search({ text: "a", first: 100 });
    const names = all.data?.search.edges.map(({ node }) => node.node.displayName) ?? [];
    expect(names.length).toBeGreaterThan(3);
    expect(all.data?.search.totalCount).toBe(names.length);

    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < names.length; page += 1) {
      const { data, errors } = await search({ text: "a", first: 2, after });
      expect(errors).toBeUndefined();
      const search_ = data?.search;
      paged.push(...(search_?.edges.map(({ node }) => node.node.displayName) ?? []));
      expect(search_?.totalCount).toBe(names.length);
      expect(search_?.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!search_?.pageInfo.hasNextPage) {
        break;
      }
      after = search_.pageInfo.endCursor;
    }
    expect(paged).toEqual(names);
  });

  it("rejects a cursor of another search, and one that is not a cursor", async () => {
    const { data } = await search({ text: "lior", first: 1 });
    const cursor = data?.search.pageInfo.endCursor;
    const other = await search({ text: "azulai", after: cursor });
    expect(other.errors?.map(({ message, extensions }) => [message, extensions?.code])).toEqual([
      ["after is a cursor of another search (other text or types)", "BAD_USER_INPUT"],
    ]);
    const typed = await search({ text: "lior", types: ["CHARACTER"], after: cursor });
    expect(typed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const garbage = await search({ text: "lior", after: "nonsense" });
    expect(garbage.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(garbage.statements).toBe(0);
  });

  it("takes at most 100 hits a page", async () => {
    const { errors, statements } = await search({ text: "lior", first: 101 });
    expect(errors?.map(({ message, extensions }) => [message, extensions?.code])).toEqual([
      ["first must be between 0 and 100 (got 101)", "BAD_USER_INPUT"],
    ]);
    expect(statements).toBe(0);
  });

  it("refuses texts too long to be a name", async () => {
    const words = await search({ text: "a b c d e f g h i j k" });
    expect(words.errors?.map(({ message, extensions }) => [message, extensions?.code])).toEqual([
      ["text is at most 10 words (got 11)", "BAD_USER_INPUT"],
    ]);
    const long = await search({ text: "x".repeat(201) });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("never fails on Lucene syntax: special characters and operator words are searched as text", async () => {
    for (const text of SPECIAL_TEXTS) {
      const { data, errors, statements } = await search({ text });
      expect({ text, errors }).toEqual({ text, errors: undefined });
      expect(statements).toBeLessThanOrEqual(1);
      expect(data?.search.totalCount).toBeGreaterThanOrEqual(0);
    }
  });

  it("answers a text of special characters alone with no hits and no statement", async () => {
    for (const text of ['"', "\\", "*", "(", "~", "&& || !", '"(*~\\:/)"', "   "]) {
      const { data, errors, statements } = await search({ text });
      expect({ text, errors, data, statements }).toEqual({
        text,
        errors: undefined,
        data: {
          search: {
            totalCount: 0,
            pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
            edges: [],
          },
        },
        statements: 0,
      });
    }
  });

  it("never fails on any mix of words and syntax", async () => {
    const piece = fc.constantFrom(...SPECIAL_TEXTS, "lior", "Sanáa", "hit", " ", "É", "'", "19", "ÅND");
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 6 }), async (pieces) => {
        const { errors } = await search({ text: pieces.join("") });
        // A text of too many words is refused as BAD_USER_INPUT, which is fine; anything else is not.
        expect(errors?.filter(({ extensions }) => extensions?.code !== "BAD_USER_INPUT") ?? []).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
