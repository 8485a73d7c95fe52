import type { GraphQLRequest } from "../shared/graphql-client.js";
import { GraphQLRequestError } from "../shared/graphql-client.js";
import type { FactsRecord } from "./extract-request.js";

/** One problem with a document, as `showgraph ingest` reports it (src/ingest/facts-problem.ts). */
export interface FactsProblem {
  line: number;
  column?: number;
  /** Where in the document: `claims[3].support[0].quote`; "" for the document as a whole. */
  path: string;
  message: string;
}

export interface IngestCount {
  label: string;
  created: number;
  matched: number;
  updated: number;
  newSources: number;
}

/** What ingestFacts did, or would do in a dry run. */
export interface IngestReport {
  dryRun: boolean;
  changed: boolean;
  records: number;
  counts: IngestCount[];
  relationshipsCreated: number;
  propertiesSet: number;
}

/** The document was refused: every problem, with its field path. */
export class FactsProblemsError extends Error {
  override name = "FactsProblemsError";
  constructor(readonly problems: FactsProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"}: nothing was ingested.`);
  }
}

const INGEST = `mutation ReviewIngestFacts($input: IngestFactsInput!) {
  ingestFacts(input: $input) {
    dryRun changed records relationshipsCreated propertiesSet
    counts { label created matched updated newSources }
  }
}`;

/**
 * Sends the reviewed document to the write API (ingestFacts, an editor's bearer token): a dry run
 * reports what it would do and writes nothing. Throws FactsProblemsError with the service's
 * problems, or the request's error (no token: UNAUTHENTICATED; a reader's: FORBIDDEN).
 */
export async function ingestDocument(
  request: GraphQLRequest,
  document: FactsRecord,
  dryRun: boolean,
): Promise<IngestReport> {
  try {
    const data = await request<{ ingestFacts: IngestReport }>(INGEST, {
      input: { document: JSON.stringify(document), format: "JSON", dryRun, reason: "reviewed on /review" },
    });
    return data.ingestFacts;
  } catch (error) {
    const problems = error instanceof GraphQLRequestError ? error.extensions.problems : undefined;
    if (Array.isArray(problems)) {
      throw new FactsProblemsError(problems as FactsProblem[]);
    }
    throw error;
  }
}

/** `showgraph ingest --check` on the document, by the service (POST /facts/check): its problems. */
export async function checkDocument(
  checkPath: string,
  document: string,
  type: string,
): Promise<FactsProblem[]> {
  let response: Response;
  try {
    response = await fetch(checkPath, { method: "POST", headers: { "content-type": type }, body: document });
  } catch {
    throw new Error("The service cannot be reached. Is it still running?");
  }
  const body = (await response.json().catch(() => ({}))) as {
    problems?: FactsProblem[];
    error?: { message?: string };
  };
  if (!response.ok || !body.problems) {
    throw new Error(body.error?.message ?? `The service answered ${response.status}.`);
  }
  return body.problems;
}
