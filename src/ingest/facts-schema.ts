import { z } from "zod";

import type { NumericBounds } from "../common/int-range.js";
import { NUMERIC_RANGES } from "../common/int-range.js";
import { parsePartialDate } from "../common/partial-date.js";
import { REFERENCE_TYPES, RELATIONSHIP_TYPES } from "./graph-vocabulary.js";

/**
 * The facts file format, in one place: the JSON Schema in schema/facts.schema.json is generated
 * from these definitions (npm run facts-schema:emit), and ingest validates every record with them.
 * What JSON Schema cannot say (quotes at their offsets, references, which labels a predicate
 * links) is checked by check-record.ts (one claim's own rules by check-claim.ts).
 */

export const FACTS_FORMAT = "showgraph-facts/1";

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:[-.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-.][a-z0-9]+)*)*$/,
    "must be a slug: lower-case letters, digits and dashes, segments joined by /",
  )
  .meta({ description: "A stable, human-readable id (`hit-and-run`, `hit-and-run/segev-azulai`)." });

const text = z.string().min(1, "must not be empty");

const { year: years } = NUMERIC_RANGES;
const NOT_A_DATE = `is not a date of the calendar with a year from ${years.min} to ${years.max}`;

/** "2021", "2021-09" or "2021-09-14": how much of the date is written is its precision. */
export const partialDate = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "required" : 'must be a quoted date: "2021", "2021-09" or "2021-09-14"',
  })
  .regex(
    /^(?!0000)\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    "must be YYYY, YYYY-MM or YYYY-MM-DD",
  )
  .refine((value) => parsePartialDate(value) !== null, NOT_A_DATE)
  .meta({
    description: `A date known to a year (\`2021\`), a month (\`2021-09\`) or a day (\`2021-09-14\`); years ${years.min} to ${years.max}.`,
  });

const day = z
  .string()
  .regex(/^(?!0000)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, "must be a day, YYYY-MM-DD")
  .refine((value) => parsePartialDate(value) !== null, NOT_A_DATE);

const upperWord = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "must be an UPPER_CASE word");

/** A whole number within one of the model's ranges (src/common/int-range.ts). */
function wholeNumber({ min, max }: NumericBounds) {
  return z
    .number()
    .int("must be a whole number")
    .min(min, min === 0 ? "must not be negative" : `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

const count = wholeNumber(NUMERIC_RANGES.count);
const ordinal = wholeNumber(NUMERIC_RANGES.ordinal);

export const reference = z
  .string()
  .regex(
    new RegExp(`^(?:${REFERENCE_TYPES.join("|")}):.+$`),
    `must be Type:id, with Type one of ${REFERENCE_TYPES.join(", ")}`,
  )
  .meta({ description: "A node: `Show:hit-and-run`. Given in this file above, or already in the graph." });

const note = z.string().meta({ description: "For reviewers; not stored." }).optional();

const externalIds = z
  .strictObject({
    imdb: z.string().optional(),
    tmdb: z.string().optional(),
    tvmaze: z.string().optional(),
    wikidata: z.string().optional(),
  })
  .meta({ description: "Ids in other catalogues; an entity is matched by these first." });

const entity = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), id: slug, ...shape, note }).meta({ id: `${type}Entity` });

const show = entity("Show", {
  title: text,
  kind: z.enum(["SERIES", "MINISERIES", "FILM", "SPECIAL"]).optional(),
  status: z.enum(["IN_DEVELOPMENT", "RUNNING", "ENDED", "CANCELED"]).optional(),
  premiereDate: partialDate.optional(),
  endDate: partialDate.optional(),
  originCountries: z.array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")).optional(),
  originalLanguage: z.string().optional(),
  synopsis: text.optional(),
  seasonCount: count.optional(),
  episodeCount: count.optional(),
  externalIds: externalIds.optional(),
});

const season = entity("Season", {
  show: slug.meta({ description: "The show's id; scopes the season's matching." }),
  number: ordinal,
  premiereDate: partialDate.optional(),
  endDate: partialDate.optional(),
  episodeCount: count.optional(),
});

const person = entity("Person", {
  name: text,
  externalIds: externalIds.optional(),
  knownFor: z
    .array(slug)
    .meta({
      description:
        "Disambiguation: ids of shows the person is credited on. A person found by name is the same person only with a credit on one of them.",
    })
    .optional(),
});

const character = entity("Character", {
  name: text,
  show: slug.meta({ description: "The show the character belongs to; characters are matched within it." }),
  description: text.optional(),
});

const network = entity("Network", {
  name: text,
  kind: z.enum(["STREAMER", "BROADCASTER", "CABLE"]).optional(),
});

const location = entity("Location", {
  name: text,
  kind: z.enum(["COUNTRY", "REGION", "CITY"]).optional(),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
    .optional(),
});

const productionFactor = entity("ProductionFactor", {
  name: text,
  kind: upperWord.optional(),
  description: text.optional(),
});

const newsSource = entity("NewsSource", {
  name: text,
  kind: upperWord.optional(),
  url: z.url().optional(),
});

/** An article the file's article cites (known only through it): no text of its own here. */
const citedArticle = entity("Article", {
  title: text.optional(),
  url: z.url().optional(),
  author: text.optional(),
  language: z.string().optional(),
  publishedDate: partialDate.optional(),
});

export const entitySchema = z.discriminatedUnion("type", [
  show,
  season,
  person,
  character,
  network,
  location,
  productionFactor,
  newsSource,
  citedArticle,
]);

export const articleSchema = z
  .strictObject({
    id: slug,
    title: text,
    url: z.url().optional(),
    outlet: slug.meta({ description: "The id of the NewsSource that published it." }).optional(),
    author: text.optional(),
    language: z.string().meta({ description: "BCP 47 language tag." }).optional(),
    publishedDate: partialDate.optional(),
    retrievedDate: day.optional(),
    text: text.meta({
      description:
        "The full text, character for character: quotes are checked against it. With textIsExcerpt, only the passages quoted, in the article's order.",
    }),
    textIsExcerpt: z
      .boolean()
      .meta({
        description:
          "true when text holds only the passages the claims quote (an article we may not republish whole); the whole is at url.",
      })
      .optional(),
    cites: z
      .array(slug)
      .meta({ description: "Ids of the Article entities whose reports this article passes on." })
      .optional(),
  })
  .meta({ id: "Article", description: "The article this file's facts come from." });

const offset = wholeNumber(NUMERIC_RANGES.offset);

export const supportSchema = z
  .strictObject({
    quote: text.meta({ description: "The article's exact words." }),
    start: offset
      .meta({
        description: "UTF-16 offset of the quote in the article text; found if the quote occurs once.",
      })
      .optional(),
    end: offset.optional(),
  })
  .meta({ id: "Support" });

export const quoteSchema = z
  .strictObject({
    id: slug,
    text: text.meta({ description: "The person's words, exactly as the article has them." }),
    start: offset.optional(),
    end: offset.optional(),
    about: z.array(reference).optional(),
    note,
  })
  .meta({ id: "Quote", description: "Words quoted in the article; who said them are claims (SAID_BY)." });

const CONFIDENCE_RANGE = `must be between ${NUMERIC_RANGES.confidence.min} and ${NUMERIC_RANGES.confidence.max}`;

export const claimSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^claim\/\S+$/, "must start with claim/")
      .meta({ description: "Optional: a claim is also found by subject, predicate, object and value." })
      .optional(),
    subject: reference,
    predicate: z
      .string()
      .regex(
        new RegExp(`^(?:${RELATIONSHIP_TYPES.join("|")}|[a-z][A-Za-z0-9]*)$`),
        `must be a relationship type (${RELATIONSHIP_TYPES.join(", ")}) or a camelCase property name`,
      ),
    object: reference.optional(),
    value: z.string().meta({ description: "The asserted value of a property claim." }).optional(),
    properties: z
      .strictObject({
        billingOrder: ordinal.optional(),
        seasons: z.array(ordinal).optional(),
        episodeCount: count.optional(),
        job: upperWord.optional(),
        original: z.boolean().optional(),
        date: partialDate.optional(),
        effect: upperWord.optional(),
        reason: upperWord.optional(),
        description: text.optional(),
      })
      .meta({ description: "Properties of the asserted relationship (which ones depends on the predicate)." })
      .optional(),
    rank: z.enum(["PREFERRED", "NORMAL", "DEPRECATED"]).optional(),
    deprecationReason: text.optional(),
    confidence: z
      .number()
      .min(NUMERIC_RANGES.confidence.min, CONFIDENCE_RANGE)
      .max(NUMERIC_RANGES.confidence.max, CONFIDENCE_RANGE)
      .optional(),
    confidenceNote: text.meta({ description: "Why the confidence is what it is." }).optional(),
    validFrom: partialDate.optional(),
    validTo: partialDate.optional(),
    validToKnownFrom: partialDate
      .meta({ description: "When the end (validTo) became known, if later than the claim itself." })
      .optional(),
    knownFrom: partialDate
      .meta({
        description:
          "An explicit known time, with knownFromBasis. Without one, ingest derives it from the sources' publication dates.",
      })
      .optional(),
    knownFromBasis: z
      .enum(["PUBLIC_EVENT"])
      .meta({
        description:
          "PUBLIC_EVENT: known when the event happened (a premiere), whatever the sources' dates. The other bases are derived by ingest.",
      })
      .optional(),
    support: z.array(supportSchema).optional(),
    originallyReportedBy: slug
      .meta({ description: "The id of the Article entity that first reported it." })
      .optional(),
    reviewed: z
      .boolean()
      .meta({ description: "false on drafts from `showgraph extract`: ingest refuses them until reviewed." })
      .optional(),
    note,
  })
  .meta({ id: "Claim" });

export const factsDocumentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(FACTS_FORMAT),
    article: articleSchema,
    entities: z.array(entitySchema).optional(),
    quotes: z.array(quoteSchema).optional(),
    claims: z.array(claimSchema).optional(),
  })
  .meta({
    id: "FactsFile",
    title: "showgraph facts file",
    description: "One article and the entities, quotes and claims it supports (docs/ingestion.md).",
  });

export type EntityRecord = z.infer<typeof entitySchema>;
export type ArticleRecord = z.infer<typeof articleSchema>;
export type QuoteRecord = z.infer<typeof quoteSchema>;
export type ClaimRecord = z.infer<typeof claimSchema>;
export type SupportRecord = z.infer<typeof supportSchema>;
