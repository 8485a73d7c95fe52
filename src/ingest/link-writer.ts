import type { NodeRef, RecordOrigin } from "./facts-input.js";
import type { ReferenceType } from "./graph-vocabulary.js";
import type { LinkType } from "./ingest-statements.js";
import { linkNodesCypher } from "./ingest-statements.js";
import type { WriteLedger } from "./write-ledger.js";

interface LinkRow {
  from: string;
  to: string;
  origin: RecordOrigin;
  path: ReadonlyArray<PropertyKey>;
}

/**
 * The plain links a facts file states (a quote ABOUT a node, the article PUBLISHED_BY its outlet
 * and CITES other reports), buffered by type and labels and written one UNWIND per buffer. A link
 * to a node neither the file nor the graph has is reported as a problem of the field naming it.
 */
export class LinkWriter {
  readonly #ledger: WriteLedger;
  readonly #links = new Map<
    string,
    { type: LinkType; from: ReferenceType; to: ReferenceType; rows: LinkRow[] }
  >();

  constructor(ledger: WriteLedger) {
    this.#ledger = ledger;
  }

  /**
   * Buffers a link from the node `fromId` (a graph id) to `to` (as the file names it), stated at
   * `path` of the record from `origin`. Nothing when `to`'s own record failed (already reported).
   */
  add(
    type: LinkType,
    from: ReferenceType,
    to: NodeRef,
    fromId: string,
    origin: RecordOrigin,
    path: ReadonlyArray<PropertyKey>,
  ): void {
    const toId = this.#ledger.idOf(to);
    if (toId === undefined) {
      return;
    }
    const key = `${type} ${from} ${to.label}`;
    const buffer = this.#links.get(key) ?? { type, from, to: to.label, rows: [] };
    buffer.rows.push({ from: fromId, to: toId, origin, path });
    this.#links.set(key, buffer);
  }

  /** Writes the buffered links, reporting those whose target the graph lacks. */
  async flush(): Promise<void> {
    for (const buffer of this.#links.values()) {
      if (buffer.rows.length === 0) {
        continue;
      }
      const rows = buffer.rows;
      buffer.rows = [];
      const result = await this.#ledger.run<{ index: number; found: boolean }>({
        cypher: linkNodesCypher(buffer.type, buffer.from, buffer.to),
        parameters: { rows: rows.map((row, index) => ({ index, from: row.from, to: row.to })) },
      });
      for (const { index, found } of result) {
        const row = rows[index] as LinkRow;
        if (!found) {
          this.#ledger.problem(row.origin, row.path, `no ${buffer.to} "${row.to}" in this file or the graph`);
        }
      }
    }
  }
}
