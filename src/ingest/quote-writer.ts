import type { QuoteInput } from "./facts-input.js";
import { RESOLVE_QUOTES, UPSERT_QUOTES } from "./ingest-statements.js";
import type { LinkWriter } from "./link-writer.js";
import { integer } from "./neo4j-values.js";
import type { WriteLedger } from "./write-ledger.js";

type Properties = Record<string, unknown>;

/**
 * Writes one batch of quotes of the file's article (ledger.articleId): finds those the graph holds
 * (one read), writes the new ones and those now at other offsets (one UNWIND), and buffers their
 * ABOUT links in `links`. A quote whose id the graph holds with other words is a problem, and
 * fails (nothing links to it).
 */
export async function writeQuotes(
  ledger: WriteLedger,
  links: LinkWriter,
  quotes: QuoteInput[],
): Promise<void> {
  const resolved = await ledger.run<{
    index: number;
    quote: Properties | null;
    quotedIn: Properties | null;
  }>({
    cypher: RESOLVE_QUOTES,
    parameters: { article: ledger.articleId, rows: quotes.map((quote, index) => ({ index, id: quote.id })) },
  });
  const counts = ledger.count("Quote");
  const writes: Properties[] = [];
  for (const { index, quote: existing, quotedIn } of resolved) {
    const quote = quotes[index] as QuoteInput;
    if (existing && existing.text !== quote.text) {
      ledger.problem(
        quote.origin,
        ["id"],
        `Quote ${quote.id} in the graph holds other words ("${String(existing.text).slice(0, 40)}...")`,
      );
      ledger.failed.add(`Quote:${quote.id}`);
      continue;
    }
    ledger.ids.set(`Quote:${quote.id}`, quote.id);
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
      links.add("ABOUT", "Quote", about, quote.id, quote.origin, ["about", aboutIndex]),
    );
  }
  if (writes.length > 0) {
    await ledger.run({ cypher: UPSERT_QUOTES, parameters: { article: ledger.articleId, rows: writes } });
  }
}
