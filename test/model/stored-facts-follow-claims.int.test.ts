import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { toNameKey } from "../../src/common/name-key.js";
import { repairStoredFacts } from "../../src/db/migrations/repair-stored-facts.js";
import { FactsFileError } from "../../src/ingest/facts-problem.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import { staleCreditOrders } from "../support/credit-order-fixture.js";
import { factsFolder } from "../support/facts-files.js";
import type { EditingTokens } from "../support/editing-service.js";
import { startEditingService } from "../support/editing-service.js";
import type { OwnService } from "../support/own-service.js";

/**
 * What the graph stores follows its claims' ranks, by every path that changes a rank (setClaimRank,
 * deprecateClaim, a facts file through `showgraph ingest`'s library or the ingestFacts mutation),
 * and the keys derived from a stored property follow it in the same transaction: `nameKey` with a
 * title or name (look-ups by name, any case), `creditOrder` with a show's title or premiere date.
 * On the seed graph of the test's own (edits leave records the shared graph must not see).
 */
const SHOW_ID = "hit-and-run";
const TITLE = "Hit & Run";
const REDUX = "Hit and Run: Redux";
const CURRENT_TITLE_CLAIM = "claim/fixture-title/hit-and-run/current";
const REDUX_TITLE_CLAIM = "claim/fixture-title/hit-and-run/redux";
const PREMIERE_CLAIM = "claim/hit-and-run/premiere-date/2021-08";
const PLAYS_CLAIM = "claim/lior-raz/plays/hit-and-run/segev-azulai";
const CHARACTER = "hit-and-run/segev-azulai";
const ARTICLE_TEXT = "Hit & Run, now also called Hit and Run: Redux, is a thriller.";

const SET_RANK = `mutation ($input: SetClaimRankInput!) { setClaimRank(input: $input) { claim { rank } } }`;
const DEPRECATE = `mutation ($input: DeprecateClaimInput!) { deprecateClaim(input: $input) { claim { rank } } }`;
const INGEST = `mutation ($input: IngestFactsInput!) { ingestFacts(input: $input) { changed } }`;
const MERGE = `mutation ($input: MergeEntitiesInput!) { mergeEntities(input: $input) { edit { id } } }`;
const UNDO = `mutation ($input: UndoMergeInput!) { undoMerge(input: $input) { edit { kind } } }`;

type Claim = Record<string, unknown>;

/** A facts document (JSON) of the fixture article stating `claims` (and `entities`). */
function facts(claims: Claim[], entities: Claim[] = []): string {
  return JSON.stringify({
    format: "showgraph-facts/1",
    article: { id: "fixture-title-article", title: "Fixture titles", text: ARTICLE_TEXT },
    entities,
    claims,
  });
}

/** The two title claims of Hit & Run: its title now (PREFERRED) and another (NORMAL), ranks as given. */
function titleClaims(redux: Claim = { rank: "NORMAL" }): Claim[] {
  return [
    {
      id: CURRENT_TITLE_CLAIM,
      subject: `Show:${SHOW_ID}`,
      predicate: "title",
      value: TITLE,
      confidence: 0.9,
      support: [{ quote: "Hit & Run", start: 0 }],
    },
    {
      id: REDUX_TITLE_CLAIM,
      subject: `Show:${SHOW_ID}`,
      predicate: "title",
      value: REDUX,
      confidence: 0.5,
      support: [{ quote: REDUX }],
      ...redux,
    },
  ];
}

describe("stored facts and their derived keys follow the claims' ranks, by every path", () => {
  let service: OwnService;
  const folder = factsFolder();
  let tokens: EditingTokens = { editor: "", admin: "" };
  let files = 0;

  beforeAll(async () => {
    ({ service, tokens } = await startEditingService("stored-facts"));
  });
  afterAll(async () => {
    await service?.close();
    folder.remove();
  });

  const ingest = (document: string) =>
    ingestFactsFile(service.executor, folder.write(`file-${(files += 1)}.json`, document));

  async function edit(mutation: string, input: Record<string, unknown>, token = tokens.editor) {
    const { body } = await service.graphql(mutation, { input }, token);
    expect(body.errors).toBeUndefined();
    return body.data as Record<string, Record<string, Record<string, string>>>;
  }

  /** The id of the show found by `name` through the API (null: none). */
  async function showNamed(name: string): Promise<string | null> {
    const { body } = await service.graphql(`query ($name: String!) { show(name: $name) { id } }`, { name });
    expect(body.errors).toBeUndefined();
    return (body.data?.show as { id: string } | null)?.id ?? null;
  }

  /** Asserts that the show is titled `title` and found by it in any case, not by `old`, and credits follow. */
  async function expectTitled(title: string, old: string): Promise<void> {
    const id = toGlobalId("Show", SHOW_ID);
    expect(await showNamed(title)).toBe(id);
    expect(await showNamed(title.toUpperCase())).toBe(id);
    expect(await showNamed(title.toLowerCase())).toBe(id);
    expect(await showNamed(old)).toBeNull();
    const [stored] = await service.executor.read<{ title: string; nameKey: string; creditOrder: string }>(
      {
        cypher: `MATCH (s:Show {id: $show})<-[:CHARACTER_IN]-(c:Character {id: $character})
          RETURN s.title AS title, s.nameKey AS nameKey, c.creditOrder AS creditOrder`,
        parameters: { show: SHOW_ID, character: CHARACTER },
      },
      { operation: "test: stored title" },
    );
    expect(stored).toEqual({
      title,
      nameKey: toNameKey(title),
      creditOrder: expect.stringMatching(new RegExp(`^\\d{8}${escape(toNameKey(title))}$`)) as unknown,
    });
    expect(await staleCreditOrders(service.executor)).toEqual([]);
  }

  async function storedShow(): Promise<{ premiereDate: string | null; cast: number; creditOrder: string }> {
    const [row] = await service.executor.read<{
      premiereDate: string | null;
      cast: number;
      creditOrder: string;
    }>(
      {
        cypher: `MATCH (s:Show {id: $show})
          RETURN toString(s.premiereDate) AS premiereDate,
            COUNT { (s)<-[:CHARACTER_IN]-(:Character)<-[:PLAYS]-(:Person) } AS cast,
            [(s)<-[:CHARACTER_IN]-(c:Character {id: $character}) | c.creditOrder][0] AS creditOrder`,
        parameters: { show: SHOW_ID, character: CHARACTER },
      },
      { operation: "test: stored show" },
    );
    return row as { premiereDate: string | null; cast: number; creditOrder: string };
  }

  it("a title claim made PREFERRED (setClaimRank) renames the show: look-ups and credit order follow; deprecated, the best remaining claim's title returns", async () => {
    await ingest(facts(titleClaims()));
    await expectTitled(TITLE, REDUX);

    await edit(SET_RANK, {
      claim: toGlobalId("Claim", REDUX_TITLE_CLAIM),
      rank: "PREFERRED",
      reason: "Renamed.",
    });
    await expectTitled(REDUX, TITLE);

    // The current title's claim was made NORMAL by the promotion; it is the best claim left.
    await edit(DEPRECATE, { claim: toGlobalId("Claim", REDUX_TITLE_CLAIM), reason: "Never renamed." });
    await expectTitled(TITLE, REDUX);
  });

  it("a facts file that gives a title claim another rank does what setClaimRank does (library and ingestFacts)", async () => {
    await ingest(facts(titleClaims({ rank: "PREFERRED" })));
    await expectTitled(REDUX, TITLE);
    await ingest(facts(titleClaims({ rank: "DEPRECATED", deprecationReason: "Never renamed." })));
    await expectTitled(TITLE, REDUX);

    const document = facts(titleClaims({ rank: "PREFERRED" }));
    await edit(INGEST, { document, format: "JSON", reason: "Renamed again." });
    await expectTitled(REDUX, TITLE);
    await edit(SET_RANK, {
      claim: toGlobalId("Claim", CURRENT_TITLE_CLAIM),
      rank: "PREFERRED",
      reason: "Back.",
    });
    await expectTitled(TITLE, REDUX);
  });

  it("a facts file that retitles the show itself: look-ups and credit order follow", async () => {
    const show = (title: string) => [{ type: "Show", id: SHOW_ID, title }];
    await ingest(facts([], show("Hit and Run Again")));
    await expectTitled("Hit and Run Again", TITLE);
    await ingest(facts([], show(TITLE)));
    await expectTitled(TITLE, "Hit and Run Again");
  });

  it("refuses claims of derived keys and identity (nameKey, creditOrder, id)", async () => {
    for (const predicate of ["nameKey", "creditOrder", "id"]) {
      const claim = { subject: `Show:${SHOW_ID}`, predicate, value: "x", support: [{ quote: "thriller" }] };
      const refused = await ingest(facts([claim])).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(FactsFileError);
      expect((refused as FactsFileError).problems).toEqual([
        expect.objectContaining({
          path: "claims[0].predicate",
          message: expect.stringContaining("is not a fact"),
        }),
      ]);
    }
  });

  it("undo of a merge brings the duplicate back with the name key its name gives", async () => {
    await ingest(facts([], [{ type: "Person", id: "fixture-title-l-raz", name: "L. Ráz" }]));
    const merged = await edit(
      MERGE,
      {
        keep: toGlobalId("Person", "lior-raz"),
        merge: [toGlobalId("Person", "fixture-title-l-raz")],
        reason: "Same.",
      },
      tokens.admin,
    );
    await edit(UNDO, { edit: merged.mergeEntities?.edit?.id, reason: "Two after all." }, tokens.admin);
    const rows = await service.executor.read<{ nameKey: string }>(
      { cypher: "MATCH (p:Person {id: 'fixture-title-l-raz'}) RETURN p.nameKey AS nameKey" },
      { operation: "test: restored key" },
    );
    expect(rows).toEqual([{ nameKey: "l. raz" }]);
  });

  it("a relationship claim re-ingested DEPRECATED loses its relationship, and gets it back when it returns (library and ingestFacts)", async () => {
    const plays = (rank: Claim) => ({
      id: PLAYS_CLAIM,
      subject: "Person:lior-raz",
      predicate: "PLAYS",
      object: `Character:${CHARACTER}`,
      ...rank,
    });
    const before = await storedShow();
    await ingest(facts([plays({ rank: "DEPRECATED", deprecationReason: "Testing." })]));
    expect((await storedShow()).cast).toBe(before.cast - 1);
    await ingest(facts([plays({ rank: "PREFERRED" })]));
    expect((await storedShow()).cast).toBe(before.cast);

    const deprecated = facts([plays({ rank: "DEPRECATED", deprecationReason: "Testing again." })]);
    await edit(INGEST, { document: deprecated, format: "JSON", reason: "Not him." });
    expect((await storedShow()).cast).toBe(before.cast - 1);
    await edit(INGEST, { document: facts([plays({ rank: "NORMAL" })]), format: "JSON", reason: "Him." });
    expect((await storedShow()).cast).toBe(before.cast);
  });

  it("a property claim re-ingested DEPRECATED removes the property when no claim of it is left; back when it returns; credit order follows", async () => {
    const premiere = (rank: Claim) => ({
      id: PREMIERE_CLAIM,
      subject: `Show:${SHOW_ID}`,
      predicate: "premiereDate",
      value: "2021-08",
      ...rank,
    });
    const before = await storedShow();
    expect(before.premiereDate).toBe("2021-08-01");
    await ingest(facts([premiere({ rank: "DEPRECATED", deprecationReason: "Testing." })]));
    const undated = await storedShow();
    expect(undated.premiereDate).toBeNull();
    // Undated: ordered as 0001-01-01 (99999999 - 00010101).
    expect(undated.creditOrder.slice(0, 8)).toBe("99989898");
    expect(await staleCreditOrders(service.executor)).toEqual([]);
    await ingest(facts([premiere({ rank: "PREFERRED" })]));
    expect(await storedShow()).toEqual(before);
    expect(await staleCreditOrders(service.executor)).toEqual([]);
  });

  it("an article's date claim deprecated and restored (deprecateClaim, setClaimRank): the known times of the claims resting on it follow", async () => {
    const knownTimes = () =>
      service.executor.read<{ id: string; knownFrom: string | null; basis: string | null }>(
        {
          cypher: `MATCH (:Article {id: 'deadline-hit-and-run-canceled'})<-[:ORIGINALLY_REPORTED_BY]-(c:Claim)
            RETURN c.id AS id, toString(c.knownFrom) AS knownFrom, c.knownFromBasis AS basis ORDER BY id`,
        },
        { operation: "test: known times" },
      );
    const before = await knownTimes();
    expect(before).toContainEqual(
      expect.objectContaining({ knownFrom: "2021-09-01", basis: "CITED_REPORT" }),
    );
    const dateClaim = toGlobalId("Claim", "claim/deadline-hit-and-run-canceled/published-date/2021-09");
    await edit(DEPRECATE, { claim: dateClaim, reason: "Testing: no date." });
    const undated = await knownTimes();
    expect(undated).not.toContainEqual(expect.objectContaining({ basis: "CITED_REPORT" }));
    await edit(SET_RANK, { claim: dateClaim, rank: "PREFERRED", reason: "Dated after all." });
    expect(await knownTimes()).toEqual(before);
  });

  it("migration 0013 repairs what the faulty writers left: a stale name key, a relationship only a deprecated claim asserts", async () => {
    const before = await storedShow();
    // As a rank edit and a re-ingest left them before: the title without its key, PLAYS kept.
    await service.executor.writeAll(
      [
        { cypher: `MATCH (s:Show {id: '${SHOW_ID}'}) SET s.title = 'Hit and Run: Redux'` },
        {
          cypher: `MATCH (c:Claim {id: '${PLAYS_CLAIM}'}) SET c.rank = 'DEPRECATED', c.deprecationReason = 'x'`,
        },
      ],
      { operation: "test: a graph from before the repair" },
    );
    expect(await showNamed(REDUX)).toBeNull();
    expect((await storedShow()).cast).toBe(before.cast);

    const repaired = await repairStoredFacts(service.executor);
    expect(repaired.nameKeys.Show).toBe(1);
    await expectTitled(REDUX, TITLE);
    expect((await storedShow()).cast).toBe(before.cast - 1);
    expect((await repairStoredFacts(service.executor)).nameKeys.Show).toBe(0);
  });
});

/** `text` as a regular expression matching it literally. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
