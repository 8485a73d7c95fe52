import type { CypherStatement, CypherTransaction } from "../neo4j/cypher-executor.js";
import type { ClaimInput, FactsInput, NodeInput, NodeRef, QuoteInput, RecordOrigin } from "./facts-input.js";
import type { FactsProblem } from "./facts-problem.js";
import type { ReferenceType } from "./graph-vocabulary.js";
import { NAME_PROPERTY } from "./graph-vocabulary.js";
import type { ClaimGroup, LinkType } from "./ingest-statements.js";
import {
  EXISTING_CLAIM_IDS,
  linkNodesCypher,
  RESOLVE_QUOTES,
  resolveClaimsCypher,
  resolveNodesCypher,
  UPSERT_QUOTES,
  upsertClaimsCypher,
  createClaimsCypher,
  createNodesCypher,
  updateNodesCypher,
} from "./ingest-statements.js";
import type { IngestCounts } from "./ingest-report.js";
import { emptyCounts } from "./ingest-report.js";
import { deriveKnownTimes } from "./known-times.js";
import { integer } from "./neo4j-values.js";
import type { ResolvedClaim } from "./claim-decision.js";
import { changedProperties, claimChanges, claimProblems, defaultClaimId } from "./claim-decision.js";

type Properties = Record<string, unknown>;

/** Entities are written in this order, so a show exists before the characters scoped by it. */
const ENTITY_ORDER: readonly ReferenceType[] = [
  "Show",
  "Network",
  "Location",
  "ProductionFactor",
  "NewsSource",
  "Article",
  "Person",
  "Season",
  "Character",
];

interface ResolvedNodes {
  index: number;
  byId: Properties[];
  byExternal: Properties[];
  byName: Array<Properties & { credits?: string[] }>;
}

interface LinkRow {
  from: string;
  to: string;
  origin: RecordOrigin;
  path: ReadonlyArray<PropertyKey>;
}

export interface FactsWriterOptions {
  tx: CypherTransaction;
  file: string;
  batchSize: number;
  /** Called after each batch with the number of records written so far. */
  onProgress?: (records: number) => void;
}

/**
 * Writes the checked records of one facts file inside one transaction, in batches: each batch
 * first finds what the graph already has (one read per label or predicate), decides what is new,
 * changed or unchanged, then writes only that (one UNWIND per label or predicate). Problems only
 * the graph shows (an unknown reference, an ambiguous name) are collected, not thrown, so the
 * caller can report them all and roll back.
 */
export class FactsWriter {
  readonly problems: FactsProblem[] = [];
  readonly counts: Record<string, IngestCounts> = {};
  relationshipsCreated = 0;
  propertiesSet = 0;
  articleId: string | undefined;
  /** Ids of the claims this file created, and of those it found in the graph already. */
  readonly claimsCreated: string[] = [];
  readonly claimsMatched: string[] = [];

  readonly #tx: CypherTransaction;
  readonly #file: string;
  readonly #batchSize: number;
  readonly #onProgress: ((records: number) => void) | undefined;
  /** File ids ("Show:fauda") -> ids in the graph, which differ when an entity matched by name. */
  readonly #ids = new Map<string, string>();
  /** Nodes this file created ("Person:lior-raz"): no claim in the graph can be about them yet. */
  readonly #created = new Set<string>();
  /** Nodes known to be in the graph, created or matched by this file. */
  readonly #present = new Set<string>();
  /** Records that had a problem: references to them are not reported again. */
  readonly #failed = new Set<string>();
  readonly #entities = new Map<ReferenceType, NodeInput[]>();
  #quotes: QuoteInput[] = [];
  readonly #links = new Map<
    string,
    { type: LinkType; from: ReferenceType; to: ReferenceType; rows: LinkRow[] }
  >();
  readonly #claims = new Map<string, { group: ClaimGroup; claims: ClaimInput[] }>();
  #buffered = 0;
  #records = 0;
  #articleLinks: { outlet?: string; cites: string[]; origin: RecordOrigin } | undefined;
  /** Claims created or given a new source, and articles whose date changed: their known times follow. */
  readonly #knownTimesToDerive = { claims: new Set<string>(), articles: new Set<string>() };

  constructor({ tx, file, batchSize, onProgress }: FactsWriterOptions) {
    this.#tx = tx;
    this.#file = file;
    this.#batchSize = batchSize;
    this.#onProgress = onProgress;
  }

  async add(input: FactsInput): Promise<void> {
    this.#records += 1;
    switch (input.kind) {
      case "article":
        await this.#writeNodes("Article", [input.article], { isSourceArticle: true });
        this.articleId = this.#ids.get(`Article:${input.article.id}`);
        this.#articleLinks = { outlet: input.outlet, cites: input.cites, origin: input.article.origin };
        return;
      case "entity":
        push(this.#entities, input.entity.label, input.entity);
        break;
      case "quote":
        this.#quotes.push(input.quote);
        break;
      case "claim": {
        const { subject, relationship } = input.claim;
        const group: ClaimGroup = {
          subject: subject.label,
          ...(relationship ? { relationship: relationship.type } : {}),
        };
        const key = `${group.subject} ${group.relationship ?? ""}`;
        const buffer = this.#claims.get(key) ?? { group, claims: [] };
        buffer.claims.push(input.claim);
        this.#claims.set(key, buffer);
        break;
      }
    }
    this.#buffered += 1;
    if (this.#buffered >= this.#batchSize) {
      await this.#flush();
    }
  }

  /** Writes what is still buffered and the article's own links (its outlet, the reports it cites). */
  async finish(): Promise<void> {
    await this.#flush();
    const links = this.#articleLinks;
    if (this.articleId !== undefined && links) {
      if (links.outlet !== undefined) {
        this.#link(
          "PUBLISHED_BY",
          "Article",
          { label: "NewsSource", id: links.outlet },
          this.articleId,
          links.origin,
          ["outlet"],
        );
      }
      links.cites.forEach((cited, index) =>
        this.#link(
          "CITES",
          "Article",
          { label: "Article", id: cited },
          this.articleId as string,
          links.origin,
          ["cites", index],
        ),
      );
      await this.#flushLinks();
    }
    for (const statement of deriveKnownTimes(this.#knownTimesToDerive, this.#batchSize)) {
      await this.#run(statement);
    }
  }

  async #flush(): Promise<void> {
    for (const label of ENTITY_ORDER) {
      const entities = this.#entities.get(label);
      if (entities && entities.length > 0) {
        this.#entities.set(label, []);
        await this.#writeNodes(label, entities, { isSourceArticle: false });
      }
    }
    if (this.#quotes.length > 0) {
      const quotes = this.#quotes;
      this.#quotes = [];
      await this.#writeQuotes(quotes);
    }
    await this.#flushLinks();
    for (const buffer of this.#claims.values()) {
      if (buffer.claims.length > 0) {
        const claims = buffer.claims;
        buffer.claims = [];
        await this.#writeClaims(buffer.group, claims);
      }
    }
    this.#buffered = 0;
    this.#onProgress?.(this.#records);
  }

  async #run<Row>(statement: CypherStatement): Promise<Row[]> {
    const { rows, counters } = await this.#tx.run<Row>(statement);
    this.relationshipsCreated += counters.relationshipsCreated;
    this.propertiesSet += counters.propertiesSet;
    return rows;
  }

  #count(label: string): IngestCounts {
    let counts = this.counts[label];
    if (!counts) {
      counts = emptyCounts();
      this.counts[label] = counts;
    }
    return counts;
  }

  #problem(origin: RecordOrigin, path: ReadonlyArray<PropertyKey>, message: string): void {
    const suffix = path
      .map((segment) => (typeof segment === "number" ? `[${segment}]` : `.${String(segment)}`))
      .join("");
    this.problems.push({
      file: this.#file,
      line: origin.lineOf(path),
      path: `${origin.path}${suffix}`,
      message,
    });
  }

  /** The graph id of a node the file names; undefined when its own record failed. */
  #idOf(ref: NodeRef): string | undefined {
    const key = `${ref.label}:${ref.id}`;
    return this.#failed.has(key) ? undefined : (this.#ids.get(key) ?? ref.id);
  }

  async #writeNodes(
    label: ReferenceType,
    entities: NodeInput[],
    { isSourceArticle }: { isSourceArticle: boolean },
  ) {
    const resolved = await this.#run<ResolvedNodes>({
      cypher: resolveNodesCypher(label),
      parameters: {
        rows: entities.map((entity, index) => ({
          index,
          id: entity.id,
          external: entity.external,
          nameKey: entity.properties.nameKey ?? null,
          show: entity.show === undefined ? null : (this.#idOf({ label: "Show", id: entity.show }) ?? null),
          number: entity.properties.number ?? null,
          knownFor: entity.knownFor?.map((show) => this.#idOf({ label: "Show", id: show })) ?? null,
        })),
      },
    });
    const creates: Array<{ properties: Properties }> = [];
    const updates: Array<{ id: string; properties: Properties }> = [];
    const counts = this.#count(label);
    for (const { index, byId, byExternal, byName } of resolved) {
      const entity = entities[index] as NodeInput;
      const found = this.#match(entity, { byId, byExternal, byName });
      if (found === null) {
        this.#failed.add(`${label}:${entity.id}`);
        continue;
      }
      if (found === undefined) {
        this.#ids.set(`${label}:${entity.id}`, entity.id);
        this.#created.add(`${label}:${entity.id}`);
        this.#present.add(`${label}:${entity.id}`);
        creates.push({ properties: { id: entity.id, ...entity.properties } });
        counts.created += 1;
        continue;
      }
      const foundId = found.id as string;
      this.#ids.set(`${label}:${entity.id}`, foundId);
      this.#present.add(`${label}:${foundId}`);
      counts.matched += 1;
      if (isSourceArticle && typeof found.text === "string" && found.text !== entity.properties.text) {
        this.#problem(
          entity.origin,
          ["text"],
          `differs from the text of article ${foundId} already in the graph, which quotes point into`,
        );
        this.#failed.add(`${label}:${entity.id}`);
        continue;
      }
      const changed = changedProperties(entity.properties, found);
      if (Object.keys(changed).length > 0) {
        counts.updated += 1;
        updates.push({ id: foundId, properties: changed });
      }
      if (label === "Article" && ("publishedDate" in changed || "publishedDatePrecision" in changed)) {
        this.#knownTimesToDerive.articles.add(foundId);
      }
    }
    if (creates.length > 0) {
      await this.#run({ cypher: createNodesCypher(label), parameters: { rows: creates } });
    }
    if (updates.length > 0) {
      await this.#run({ cypher: updateNodesCypher(label), parameters: { rows: updates } });
    }
  }

  /**
   * The node an entity is: by external id, then id, then name (within its show for characters
   * and seasons; among people credited on `knownFor` when given). Undefined: a new node; null: a
   * problem, reported.
   */
  #match(
    entity: NodeInput,
    { byId, byExternal, byName }: Omit<ResolvedNodes, "index">,
  ): Properties | undefined | null {
    if (byExternal.length > 1) {
      this.#problem(
        entity.origin,
        ["externalIds"],
        `name different ${entity.label} nodes: ${byExternal.map((node) => node.id).join(", ")}`,
      );
      return null;
    }
    const known = byExternal[0] ?? byId[0];
    if (known) {
      return known;
    }
    const shows = entity.knownFor?.map((show) => this.#idOf({ label: "Show", id: show }));
    const candidates = shows
      ? byName.filter((node) => node.credits?.some((show) => shows.includes(show)))
      : byName;
    if (candidates.length > 1) {
      const nameProperty = NAME_PROPERTY[entity.label] ?? "id";
      this.#problem(
        entity.origin,
        [nameProperty],
        `${candidates.length} ${entity.label} nodes have this name (${candidates.map((node) => node.id).join(", ")}): give the id of the one meant${entity.label === "Person" ? ", or knownFor" : ""}`,
      );
      return null;
    }
    return candidates[0];
  }

  async #writeQuotes(quotes: QuoteInput[]): Promise<void> {
    const resolved = await this.#run<{
      index: number;
      quote: Properties | null;
      quotedIn: Properties | null;
    }>({
      cypher: RESOLVE_QUOTES,
      parameters: { article: this.articleId, rows: quotes.map((quote, index) => ({ index, id: quote.id })) },
    });
    const counts = this.#count("Quote");
    const writes: Properties[] = [];
    for (const { index, quote: existing, quotedIn } of resolved) {
      const quote = quotes[index] as QuoteInput;
      if (existing && existing.text !== quote.text) {
        this.#problem(
          quote.origin,
          ["id"],
          `Quote ${quote.id} in the graph holds other words ("${String(existing.text).slice(0, 40)}...")`,
        );
        this.#failed.add(`Quote:${quote.id}`);
        continue;
      }
      this.#ids.set(`Quote:${quote.id}`, quote.id);
      const samePlace = quotedIn?.start === quote.start && quotedIn?.end === quote.end;
      if (existing) {
        counts.matched += 1;
        counts.updated += samePlace ? 0 : 1;
      } else {
        counts.created += 1;
      }
      if (!existing || !samePlace) {
        writes.push({ id: quote.id, text: quote.text, start: integer(quote.start), end: integer(quote.end) });
      }
      quote.about.forEach((about, aboutIndex) =>
        this.#link("ABOUT", "Quote", about, quote.id, quote.origin, ["about", aboutIndex]),
      );
    }
    if (writes.length > 0) {
      await this.#run({ cypher: UPSERT_QUOTES, parameters: { article: this.articleId, rows: writes } });
    }
  }

  #link(
    type: LinkType,
    from: ReferenceType,
    to: NodeRef,
    fromId: string,
    origin: RecordOrigin,
    path: ReadonlyArray<PropertyKey>,
  ): void {
    const toId = this.#idOf(to);
    if (toId === undefined) {
      return;
    }
    const key = `${type} ${from} ${to.label}`;
    const buffer = this.#links.get(key) ?? { type, from, to: to.label, rows: [] };
    buffer.rows.push({ from: fromId, to: toId, origin, path });
    this.#links.set(key, buffer);
  }

  async #flushLinks(): Promise<void> {
    for (const buffer of this.#links.values()) {
      if (buffer.rows.length === 0) {
        continue;
      }
      const rows = buffer.rows;
      buffer.rows = [];
      const result = await this.#run<{ index: number; found: boolean }>({
        cypher: linkNodesCypher(buffer.type, buffer.from, buffer.to),
        parameters: { rows: rows.map((row, index) => ({ index, from: row.from, to: row.to })) },
      });
      for (const { index, found } of result) {
        const row = rows[index] as LinkRow;
        if (!found) {
          this.#problem(row.origin, row.path, `no ${buffer.to} "${row.to}" in this file or the graph`);
        }
      }
    }
  }

  async #writeClaims(group: ClaimGroup, claims: ClaimInput[]): Promise<void> {
    const rows: Properties[] = [];
    const pending: ClaimInput[] = [];
    for (const claim of claims) {
      const subject = this.#idOf(claim.subject);
      const object = claim.object ? this.#idOf(claim.object) : null;
      const reportedBy = claim.originallyReportedBy
        ? this.#idOf({ label: "Article", id: claim.originallyReportedBy })
        : null;
      if (subject === undefined || object === undefined || reportedBy === undefined) {
        continue;
      }
      rows.push({
        index: pending.length,
        id: claim.id ?? null,
        newId: claim.id ?? defaultClaimId(claim, subject, object),
        subject,
        object,
        predicate: claim.predicate,
        value: claim.value ?? null,
        keyValue: claim.relationship?.key?.value ?? null,
        reportedBy,
      });
      pending.push(claim);
    }
    if (rows.length === 0) {
      return;
    }
    const resolved = await this.#resolveClaims(group, rows, pending);
    const counts = this.#count("Claim");
    const creates: Properties[] = [];
    const upserts: Properties[] = [];
    for (const result of resolved) {
      const claim = pending[result.index] as ClaimInput;
      const row = rows[result.index] as Properties;
      const write = this.#decideClaim(claim, row, result, counts);
      if (write) {
        // A new claim whose relationship is new too (or not asserted) needs no MERGE at all.
        (result.claim === null && result.relationship === null ? creates : upserts).push(write);
      }
    }
    const parameters = { article: this.articleId };
    if (creates.length > 0) {
      await this.#run({ cypher: createClaimsCypher(group), parameters: { ...parameters, rows: creates } });
    }
    if (upserts.length > 0) {
      await this.#run({ cypher: upsertClaimsCypher(group), parameters: { ...parameters, rows: upserts } });
    }
  }

  /**
   * What the graph holds of each claim. A claim about a node this file created cannot be in the
   * graph yet (the file states no fact twice), so it needs only its id checked; the others are
   * looked up by id and by what they state.
   */
  async #resolveClaims(
    group: ClaimGroup,
    rows: Properties[],
    pending: ClaimInput[],
  ): Promise<ResolvedClaim[]> {
    const isFresh = (row: Properties, claim: ClaimInput) =>
      this.#created.has(`${claim.subject.label}:${String(row.subject)}`) &&
      (claim.object === undefined || this.#present.has(`${claim.object.label}:${String(row.object)}`)) &&
      (row.reportedBy === null || this.#present.has(`Article:${String(row.reportedBy)}`));
    const fresh = rows.filter((row, index) => isFresh(row, pending[index] as ClaimInput));
    const taken = new Set(
      fresh.length === 0
        ? []
        : (
            await this.#run<{ id: string }>({
              cypher: EXISTING_CLAIM_IDS,
              parameters: { rows: fresh.map((row) => ({ id: row.id ?? row.newId })) },
            })
          ).map(({ id }) => id),
    );
    const certainlyNew = fresh.filter((row) => !taken.has((row.id ?? row.newId) as string));
    const certainlyNewIndexes = new Set(certainlyNew.map((row) => row.index));
    const rest = rows.filter((row) => !certainlyNewIndexes.has(row.index));
    const looked =
      rest.length === 0
        ? []
        : await this.#run<ResolvedClaim>({
            cypher: resolveClaimsCypher(group),
            parameters: { article: this.articleId, rows: rest },
          });
    return [
      ...certainlyNew.map((row) => ({
        index: row.index as number,
        subjectFound: true,
        objectFound: true,
        reportFound: true,
        newIdTaken: false,
        claim: null,
        relationship: null,
      })),
      ...looked,
    ];
  }

  #decideClaim(
    claim: ClaimInput,
    row: Properties,
    result: ResolvedClaim,
    counts: IngestCounts,
  ): Properties | undefined {
    const problems = claimProblems(claim, row, result);
    for (const { path, message } of problems) {
      this.#problem(claim.origin, path, message);
    }
    if (problems.length > 0) {
      return undefined;
    }
    const existing = result.claim;
    const { properties, newSupport, relationship, reportedBy, changed } = claimChanges(claim, row, result);
    if (existing) {
      counts.matched += 1;
      counts.updated += changed ? 1 : 0;
      this.claimsMatched.push(existing.id as string);
    } else {
      counts.created += 1;
      this.claimsCreated.push(row.newId as string);
    }
    counts.newSources += newSupport.length;
    if (!changed && newSupport.length === 0) {
      return undefined;
    }
    const id = existing?.id ?? row.newId;
    if (!existing || newSupport.length > 0 || reportedBy !== null) {
      this.#knownTimesToDerive.claims.add(id as string);
    }
    return {
      id,
      subject: row.subject,
      object: row.object,
      keyValue: row.keyValue,
      properties,
      newSupport,
      relationship,
      reportedBy,
    };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}
