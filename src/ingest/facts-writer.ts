import { refreshCreditOrderStatement } from "../credit/credit-order.js";
import type { CypherTransaction } from "../neo4j/cypher-executor.js";
import type { ClaimInput, FactsInput, NodeInput, QuoteInput, RecordOrigin } from "./facts-input.js";
import type { FactsProblem } from "./facts-problem.js";
import type { ReferenceType } from "./graph-vocabulary.js";
import type { ClaimGroup } from "./ingest-statements.js";
import type { IngestCounts } from "./ingest-report.js";
import { deriveKnownTimes } from "./known-times.js";
import { writeClaims } from "./claim-writer.js";
import { LinkWriter } from "./link-writer.js";
import { writeNodes } from "./node-writer.js";
import { writeQuotes } from "./quote-writer.js";
import { WriteLedger } from "./write-ledger.js";

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
 * caller can report them all and roll back. This class buffers the records and orders the writes;
 * node-writer.ts, quote-writer.ts, link-writer.ts and claim-writer.ts write each kind, keeping
 * their bookkeeping in a WriteLedger.
 */
export class FactsWriter {
  readonly #ledger: WriteLedger;
  readonly #links: LinkWriter;
  readonly #batchSize: number;
  readonly #onProgress: ((records: number) => void) | undefined;
  readonly #entities = new Map<ReferenceType, NodeInput[]>();
  #quotes: QuoteInput[] = [];
  readonly #claims = new Map<string, { group: ClaimGroup; claims: ClaimInput[] }>();
  #buffered = 0;
  #records = 0;
  #articleLinks: { outlet?: string; cites: string[]; origin: RecordOrigin } | undefined;

  constructor({ tx, file, batchSize, onProgress }: FactsWriterOptions) {
    this.#ledger = new WriteLedger(tx, file);
    this.#links = new LinkWriter(this.#ledger);
    this.#batchSize = batchSize;
    this.#onProgress = onProgress;
  }

  /** Problems only the graph shows; any means the caller must roll back. */
  get problems(): FactsProblem[] {
    return this.#ledger.problems;
  }

  /** What the file did, by label (Show, Person, ..., Quote, Claim). */
  get counts(): Record<string, IngestCounts> {
    return this.#ledger.counts;
  }

  get relationshipsCreated(): number {
    return this.#ledger.relationshipsCreated;
  }

  get propertiesSet(): number {
    return this.#ledger.propertiesSet;
  }

  /** The graph id of the file's article, once its record is added. */
  get articleId(): string | undefined {
    return this.#ledger.articleId;
  }

  /** Ids of the claims this file created. */
  get claimsCreated(): string[] {
    return this.#ledger.claimsCreated;
  }

  /** Ids of the claims this file found in the graph already. */
  get claimsMatched(): string[] {
    return this.#ledger.claimsMatched;
  }

  /** Buffers one checked record (the article is written at once); writes a batch when it is full. */
  async add(input: FactsInput): Promise<void> {
    this.#records += 1;
    switch (input.kind) {
      case "article":
        await writeNodes(this.#ledger, "Article", [input.article], { isSourceArticle: true });
        this.#ledger.articleId = this.#ledger.ids.get(`Article:${input.article.id}`);
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
    const articleId = this.#ledger.articleId;
    if (articleId !== undefined && links) {
      if (links.outlet !== undefined) {
        this.#links.add(
          "PUBLISHED_BY",
          "Article",
          { label: "NewsSource", id: links.outlet },
          articleId,
          links.origin,
          ["outlet"],
        );
      }
      links.cites.forEach((cited, index) =>
        this.#links.add("CITES", "Article", { label: "Article", id: cited }, articleId, links.origin, [
          "cites",
          index,
        ]),
      );
      await this.#links.flush();
    }
    for (const statement of deriveKnownTimes(this.#ledger.knownTimesToDerive, this.#batchSize)) {
      await this.#ledger.run(statement);
    }
    const creditOrder = refreshCreditOrderStatement(this.#ledger.creditOrderScope);
    if (creditOrder) {
      await this.#ledger.run(creditOrder);
    }
  }

  async #flush(): Promise<void> {
    for (const label of ENTITY_ORDER) {
      const entities = this.#entities.get(label);
      if (entities && entities.length > 0) {
        this.#entities.set(label, []);
        await writeNodes(this.#ledger, label, entities, { isSourceArticle: false });
      }
    }
    if (this.#quotes.length > 0) {
      const quotes = this.#quotes;
      this.#quotes = [];
      await writeQuotes(this.#ledger, this.#links, quotes);
    }
    await this.#links.flush();
    for (const buffer of this.#claims.values()) {
      if (buffer.claims.length > 0) {
        const claims = buffer.claims;
        buffer.claims = [];
        await writeClaims(this.#ledger, buffer.group, claims);
      }
    }
    this.#buffered = 0;
    this.#onProgress?.(this.#records);
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
