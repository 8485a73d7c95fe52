import { fromGlobalId } from "../../common/global-id.js";
import { FACTS_FORMAT } from "../../ingest/facts-schema.js";
import type { FactsProblem } from "../../ingest/facts-problem.js";
import type { AddClaimInput } from "./add-claim.input.js";

/** The stored article a claim is added from: what a facts document's `article` section needs. */
export interface StoredArticle {
  id: string;
  title: string;
  text: string;
  textIsExcerpt: boolean;
}

/** `Type:key` as facts files write references, from a global ID (checked by the ingest checker). */
function reference(globalId: string): string {
  const { typename, key } = fromGlobalId(globalId);
  return `${typename}:${key}`;
}

/**
 * addClaim's input as a facts document of one claim, so that the claim goes through the ingest
 * path's checks and writer (one source of truth, issue 13): the article as the graph stores it
 * (matched by id, so nothing of it changes), and the claim with its one supporting passage.
 */
export function claimDocument(input: AddClaimInput, article: StoredArticle): string {
  const claim = {
    subject: reference(input.subject),
    predicate: input.predicate,
    ...(input.object ? { object: reference(input.object) } : {}),
    ...(input.value === null || input.value === undefined ? {} : { value: input.value }),
    ...(input.confidence === null || input.confidence === undefined ? {} : { confidence: input.confidence }),
    ...(input.confidenceNote ? { confidenceNote: input.confidenceNote } : {}),
    support: [
      {
        quote: input.quote,
        ...(input.start === null || input.start === undefined ? {} : { start: input.start }),
      },
    ],
  };
  return JSON.stringify({
    format: FACTS_FORMAT,
    // textIsExcerpt only when true: a stated false would set a property the article never had.
    article: {
      id: article.id,
      title: article.title,
      text: article.text,
      ...(article.textIsExcerpt ? { textIsExcerpt: true } : {}),
    },
    claims: [claim],
  });
}

/**
 * A problem of the generated document, located in the mutation's input instead: `claims[0].predicate`
 * is `input.predicate`, `claims[0].support[0].quote` is `input.quote`, anything about the article is
 * `input.article`. Lines of a generated document mean nothing to the client: line 0.
 */
export function problemInInput(problem: FactsProblem): FactsProblem {
  const field = problem.path.startsWith("article")
    ? "article"
    : problem.path.replace(/^claims\[0\]\.?/, "").replace(/^support\[0\]\.?/, "");
  return {
    file: "input",
    line: 0,
    path: field === "" ? "input" : `input.${field}`,
    message: problem.message,
  };
}
