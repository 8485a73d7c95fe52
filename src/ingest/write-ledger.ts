import type { CypherStatement, CypherTransaction } from "../neo4j/cypher-executor.js";
import type { NodeRef, RecordOrigin } from "./facts-input.js";
import type { FactsProblem } from "./facts-problem.js";
import type { IngestCounts } from "./ingest-report.js";
import { emptyCounts } from "./ingest-report.js";

/**
 * The transaction one facts file is written in, and the bookkeeping its writers share: what the
 * file's records became in the graph (ids, created, present, failed), the counts and problems
 * reported, and what known times to derive at the end. One per file; the node, quote, link and
 * claim writers take it and record into it.
 */
export class WriteLedger {
  /** Problems only the graph shows, as the file's editor sees them; any means the write rolls back. */
  readonly problems: FactsProblem[] = [];
  /** By label (Show, Person, ..., Quote, Claim). */
  readonly counts: Record<string, IngestCounts> = {};
  /** Summed from the counters of every statement run (Neo4j's own counts). */
  relationshipsCreated = 0;
  propertiesSet = 0;
  /** The graph id of the file's article, once written. */
  articleId: string | undefined;
  /** Ids of the claims this file created, and of those it found in the graph already. */
  readonly claimsCreated: string[] = [];
  readonly claimsMatched: string[] = [];
  /** File ids ("Show:fauda") -> ids in the graph, which differ when an entity matched by name. */
  readonly ids = new Map<string, string>();
  /** Nodes this file created ("Person:lior-raz"): no claim in the graph can be about them yet. */
  readonly created = new Set<string>();
  /** Nodes known to be in the graph, created or matched by this file. */
  readonly present = new Set<string>();
  /** Records that had a problem: references to them are not reported again. */
  readonly failed = new Set<string>();
  /** Claims created or given a new source, and articles whose date changed: their known times follow. */
  readonly knownTimesToDerive = { claims: new Set<string>(), articles: new Set<string>() };
  /**
   * Shows written and characters given a show: their characters' credit order (credit-order.ts)
   * is brought up to date at the end of the file.
   */
  readonly creditOrderScope = { shows: new Set<string>(), characters: new Set<string>() };

  readonly #tx: CypherTransaction;
  readonly #file: string;

  /** `file` is the name problems give (the display name, not necessarily a path). */
  constructor(tx: CypherTransaction, file: string) {
    this.#tx = tx;
    this.#file = file;
  }

  /** Runs a statement in the file's transaction, adding its counters to the totals; its rows. */
  async run<Row>(statement: CypherStatement): Promise<Row[]> {
    const { rows, counters } = await this.#tx.run<Row>(statement);
    this.relationshipsCreated += counters.relationshipsCreated;
    this.propertiesSet += counters.propertiesSet;
    return rows;
  }

  /** The counts of one label, started at zero on first use. */
  count(label: string): IngestCounts {
    let counts = this.counts[label];
    if (!counts) {
      counts = emptyCounts();
      this.counts[label] = counts;
    }
    return counts;
  }

  /** Reports a problem at `path` (relative to the record) of the record from `origin`. */
  problem(origin: RecordOrigin, path: ReadonlyArray<PropertyKey>, message: string): void {
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
  idOf(ref: NodeRef): string | undefined {
    const key = `${ref.label}:${ref.id}`;
    return this.failed.has(key) ? undefined : (this.ids.get(key) ?? ref.id);
  }
}
