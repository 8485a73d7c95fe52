import type { z } from "zod";

import type {
  ClaimInput,
  FactsInput,
  NodeInput,
  QuoteInput,
  RecordOrigin,
  SupportInput,
} from "./facts-input.js";
import type { FactsProblem } from "./facts-problem.js";
import { formatPath } from "./facts-problem.js";
import type { ArticleRecord, ClaimRecord, EntityRecord, QuoteRecord } from "./facts-schema.js";
import { articleSchema, claimSchema, entitySchema, quoteSchema } from "./facts-schema.js";
import { checkClaim } from "./check-claim.js";
import type { RecordContext } from "./file-references.js";
import { FileReferences } from "./file-references.js";
import { locateQuote } from "./locate-quote.js";
import { externalKeys, nodeProperties } from "./record-properties.js";
import type { FactsSection, RawFactsRecord } from "./read-facts-file.js";

const SCHEMAS: Record<FactsSection, z.ZodType> = {
  article: articleSchema,
  entities: entitySchema,
  quotes: quoteSchema,
  claims: claimSchema,
};

/** zod says "Invalid input: expected string, received undefined"; a person editing a file wants "required". */
const requiredMessage = (issue: { input?: unknown; code?: string }) =>
  issue.code === "invalid_type" && issue.input === undefined ? "required" : undefined;

/**
 * Validates the records of one facts file in order and turns each into what the writer needs.
 * Beyond the schema it checks what only the whole file shows: every quote is the article's text at
 * its offsets, references name something given above (or, left to the writer, already in the
 * graph), each predicate links the labels it may, and nothing is stated twice. One claim's own
 * rules are check-claim.ts's, what the file gives and names FileReferences', and the conversion of
 * fields to property values record-properties.ts'.
 */
export class FactsChecker {
  readonly #file: string;
  #articleText: string | undefined;
  #articleSeen = false;
  readonly #references: FileReferences;
  readonly #claimIds = new Map<string, number>();
  readonly #claimContents = new Map<string, number>();

  constructor(file: string) {
    this.#file = file;
    this.#references = new FileReferences(file);
  }

  /**
   * Checks the next record of the file: its problems (located in the file), and what the writer
   * needs of it when it has none. Call in file order: later records are checked against earlier ones.
   */
  check(raw: RawFactsRecord): { input?: FactsInput; problems: FactsProblem[] } {
    const problems: FactsProblem[] = [];
    const recordPath: Array<string | number> =
      raw.section === "article" ? ["article"] : [raw.section, raw.index];
    const problem = (path: ReadonlyArray<PropertyKey>, message: string) =>
      problems.push({
        file: this.#file,
        line: raw.lineOf(path),
        path: formatPath([...recordPath, ...path]),
        message,
      });
    if (raw.section !== "article" && !this.#articleSeen) {
      this.#articleSeen = true;
      problem([], "the file has no article before its records");
    }
    const parsed = SCHEMAS[raw.section].safeParse(raw.value, { error: requiredMessage });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === "unrecognized_keys") {
          for (const key of issue.keys) {
            problem([...issue.path, key], "unknown field");
          }
        } else {
          problem(issue.path, issue.message);
        }
      }
      if (raw.section === "article") {
        this.#articleSeen = true;
      }
      return { problems };
    }
    const origin: RecordOrigin = {
      line: raw.lineOf([]),
      path: formatPath(recordPath),
      lineOf: raw.lineOf,
    };
    const context: RecordContext = { problem, origin };
    switch (raw.section) {
      case "article":
        return { input: this.#article(parsed.data as ArticleRecord, context), problems };
      case "entities":
        return { input: this.#entity(parsed.data as EntityRecord, context), problems };
      case "quotes":
        return { input: this.#quote(parsed.data as QuoteRecord, context), problems };
      case "claims":
        return { input: this.#claim(parsed.data as ClaimRecord, context), problems };
    }
  }

  /**
   * The file's start could not be read (it is not UTF-8, or not JSON), and may have held the
   * article: the records after it are not told that the file has none.
   */
  startUnreadable(): void {
    this.#articleSeen = true;
  }

  /** Problems only the end of the file shows: references to records given further down. */
  finish(): FactsProblem[] {
    if (!this.#articleSeen) {
      return [{ file: this.#file, line: 0, path: "article", message: "required" }];
    }
    return this.#references.forwardReferences();
  }

  #article(record: ArticleRecord, { origin }: RecordContext): FactsInput {
    this.#articleSeen = true;
    this.#articleText = record.text;
    return {
      kind: "article",
      article: {
        label: "Article",
        id: record.id,
        properties: nodeProperties("Article", record),
        external: record.url ? { url: record.url } : {},
        origin,
      },
      outlet: record.outlet,
      cites: record.cites ?? [],
    };
  }

  #entity(record: EntityRecord, context: RecordContext): FactsInput | undefined {
    const key = `${record.type}:${record.id}`;
    if (!this.#references.define(key, context, ["id"])) {
      return undefined;
    }
    const entity: NodeInput = {
      label: record.type,
      id: record.id,
      properties: nodeProperties(record.type, record),
      external: externalKeys(record),
      origin: context.origin,
    };
    if (record.type === "Character" || record.type === "Season") {
      entity.show = record.show;
      this.#references.reference(`Show:${record.show}`, context, ["show"]);
    }
    if (record.type === "Person" && record.knownFor) {
      entity.knownFor = record.knownFor;
      record.knownFor.forEach((show, index) =>
        this.#references.reference(`Show:${show}`, context, ["knownFor", index]),
      );
    }
    return { kind: "entity", entity };
  }

  #quote(record: QuoteRecord, context: RecordContext): FactsInput | undefined {
    const located = this.#locate(record.text, record.start, record.end, context, ["text"]);
    const about = (record.about ?? []).map((reference, index) =>
      this.#references.reference(reference, context, ["about", index]),
    );
    if (!this.#references.define(`Quote:${record.id}`, context, ["id"]) || !located) {
      return undefined;
    }
    const quote: QuoteInput = { id: record.id, text: record.text, ...located, about, origin: context.origin };
    return { kind: "quote", quote };
  }

  #claim(record: ClaimRecord, context: RecordContext): FactsInput | undefined {
    const { problem } = context;
    let failed = false;
    const fail = (path: ReadonlyArray<PropertyKey>, message: string) => {
      failed = true;
      problem(path, message);
    };
    const subject = this.#references.reference(record.subject, context, ["subject"]);
    const object =
      record.object === undefined
        ? undefined
        : this.#references.reference(record.object, context, ["object"]);
    const checked = checkClaim(record, subject, object);
    for (const { path, message } of checked.problems) {
      fail(path, message);
    }
    const { properties, relationship } = checked;
    const support: SupportInput[] = [];
    (record.support ?? []).forEach((item, index) => {
      const located = this.#locate(item.quote, item.start, item.end, context, ["support", index, "quote"]);
      if (located) {
        support.push({ quote: item.quote, ...located });
      } else {
        failed = true;
      }
    });
    if (record.originallyReportedBy !== undefined) {
      this.#references.reference(`Article:${record.originallyReportedBy}`, context, ["originallyReportedBy"]);
    }
    const line = context.origin.line;
    if (record.id !== undefined) {
      const earlier = this.#claimIds.get(record.id);
      if (earlier !== undefined) {
        fail(["id"], `the same id as the claim on line ${earlier}`);
      }
      this.#claimIds.set(record.id, line);
    }
    const content = [record.subject, record.predicate, record.object ?? "", properties.value ?? ""].join(
      "\u0000",
    );
    const earlier = this.#claimContents.get(content);
    if (earlier !== undefined) {
      fail([], `states the same fact as the claim on line ${earlier}: give one claim with several supports`);
    }
    this.#claimContents.set(content, line);
    if (failed) {
      return undefined;
    }
    const claim: ClaimInput = {
      ...(relationship ? { relationship } : {}),
      ...(record.id === undefined ? {} : { id: record.id }),
      subject,
      predicate: record.predicate,
      ...(object ? { object } : {}),
      ...(typeof properties.value === "string" ? { value: properties.value } : {}),
      properties,
      support,
      ...(record.originallyReportedBy === undefined
        ? {}
        : { originallyReportedBy: record.originallyReportedBy }),
      origin: context.origin,
    };
    return { kind: "claim", claim };
  }

  /** Checks (or finds) a quotation's offsets in the article text. */
  #locate(
    quote: string,
    start: number | undefined,
    end: number | undefined,
    { problem }: RecordContext,
    path: ReadonlyArray<PropertyKey>,
  ): { start: number; end: number } | undefined {
    const text = this.#articleText;
    if (text === undefined) {
      return undefined;
    }
    const located = locateQuote(text, quote, start, end);
    if ("problem" in located) {
      problem(path, located.problem);
      return undefined;
    }
    return located;
  }
}
