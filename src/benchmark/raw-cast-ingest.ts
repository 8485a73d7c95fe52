import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

import neo4j from "neo4j-driver";

import { toNameKey } from "../common/name-key.js";
import { refreshCreditOrderStatement } from "../credit/credit-order.js";
import type { CypherExecutor, CypherTransaction } from "../neo4j/cypher-executor.js";

/**
 * The floor under `showgraph ingest`: the graph a generated cast file (generate-cast-facts.ts)
 * makes, written in one transaction by the fewest plain UNWIND ... CREATE statements, with no
 * checks, no look-ups and no reports. Only this file's shape is understood. What ingest spends
 * above this is the price of idempotence, matching and all-or-nothing problem reports.
 */

type Row = Record<string, unknown>;

const CREATE_NODES = (label: string) => `UNWIND $rows AS row CREATE (n:${label}) SET n = row`;

const CREATE_CLAIMS = (
  subject: string,
  relationship: string,
  object: string,
  relationshipProperties: string,
) =>
  [
    "MATCH (src:Article {id: $article})",
    "UNWIND $rows AS row",
    `MATCH (s:${subject} {id: row.subject})`,
    `MATCH (o:${object} {id: row.object})`,
    "CREATE (c:Claim {id: row.id, predicate: $predicate, confidence: row.confidence, rank: 'PREFERRED'})",
    "CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)",
    "CREATE (c)-[:SUPPORTED_BY {quote: row.quote, start: row.start, end: row.end}]->(src)",
    `CREATE (s)-[:${relationship} ${relationshipProperties}]->(o)`,
  ].join("\n");

const STATEMENTS = {
  Show: CREATE_NODES("Show"),
  Person: CREATE_NODES("Person"),
  Character: CREATE_NODES("Character"),
  PLAYS: CREATE_CLAIMS("Person", "PLAYS", "Character", "{billingOrder: row.billingOrder}"),
  CHARACTER_IN: CREATE_CLAIMS("Character", "CHARACTER_IN", "Show", ""),
} as const;

type Batch = keyof typeof STATEMENTS;

interface CastRecord {
  article?: { id: string; title: string; text: string };
  entity?: { type: "Show" | "Person" | "Character"; id: string; title?: string; name?: string };
  claim?: {
    subject: string;
    predicate: "PLAYS" | "CHARACTER_IN";
    object: string;
    properties?: { billingOrder?: number };
    confidence: number;
    support: Array<{ quote: string; start: number; end: number }>;
  };
}

export interface RawIngestResult {
  relationshipsCreated: number;
  nodesCreated: number;
  elapsedMs: number;
}

const idOf = (reference: string) => reference.slice(reference.indexOf(":") + 1);

function claimRow(claim: NonNullable<CastRecord["claim"]>): Row {
  const subject = idOf(claim.subject);
  const object = idOf(claim.object);
  const [support] = claim.support;
  return {
    id: `claim/${subject}/${claim.predicate === "PLAYS" ? "plays" : "character-in"}/${object}`,
    subject,
    object,
    confidence: claim.confidence,
    quote: support?.quote,
    start: neo4j.int(support?.start ?? 0),
    end: neo4j.int(support?.end ?? 0),
    billingOrder:
      claim.properties?.billingOrder === undefined ? null : neo4j.int(claim.properties.billingOrder),
  };
}

export async function rawCastIngest(
  executor: CypherExecutor,
  file: string,
  batchSize: number,
): Promise<RawIngestResult> {
  const started = Date.now();
  const counters = await executor.writeTransaction(
    async (tx: CypherTransaction) => {
      const totals = { relationshipsCreated: 0, nodesCreated: 0 };
      const batches: Record<Batch, Row[]> = {
        Show: [],
        Person: [],
        Character: [],
        PLAYS: [],
        CHARACTER_IN: [],
      };
      const shows: string[] = [];
      let article = "";
      let buffered = 0;
      const flush = async () => {
        for (const batch of Object.keys(STATEMENTS) as Batch[]) {
          const rows = batches[batch];
          if (rows.length > 0) {
            batches[batch] = [];
            const { counters: written } = await tx.run({
              cypher: STATEMENTS[batch],
              parameters: { rows, article, predicate: batch },
            });
            totals.relationshipsCreated += written.relationshipsCreated;
            totals.nodesCreated += written.nodesCreated;
          }
        }
        buffered = 0;
      };
      for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
        const record = JSON.parse(line) as CastRecord;
        if (record.article) {
          article = record.article.id;
          await tx.run({
            cypher: "CREATE (a:Article) SET a = $properties",
            parameters: { properties: { ...record.article, nameKey: toNameKey(record.article.title) } },
          });
          totals.nodesCreated += 1;
        } else if (record.entity) {
          // A character's `show` names its show (CHARACTER_IN); it is not a property.
          const { type, id, title, name } = record.entity;
          const named = type === "Show" ? { title } : { name };
          batches[type].push({ id, ...named, nameKey: toNameKey(title ?? name ?? "") });
          if (type === "Show") {
            shows.push(id);
          }
        } else if (record.claim) {
          batches[record.claim.predicate].push(claimRow(record.claim));
        }
        buffered += 1;
        if (buffered >= batchSize) {
          await flush();
        }
      }
      await flush();
      // The credit order ingest keeps on every character (credit-order.ts), one statement for all.
      const creditOrder = refreshCreditOrderStatement({ shows });
      if (creditOrder) {
        await tx.run(creditOrder);
      }
      return totals;
    },
    { operation: "benchmark raw cast ingest", timeoutMs: 3_600_000 },
  );
  return { ...counters, elapsedMs: Date.now() - started };
}
