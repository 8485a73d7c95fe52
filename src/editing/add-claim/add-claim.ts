import { toGlobalId } from "../../common/global-id.js";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors/showgraph-error.js";
import { checkFactsFile, writeFactsFile } from "../../ingest/ingest-facts.js";
import { FactsFileError } from "../../ingest/facts-problem.js";
import { KNOWN_FROM_EDIT } from "../../ingest/known-times.js";
import type { CypherTransaction } from "../../neo4j/cypher-executor.js";
import { withDocumentFile } from "../document-file.js";
import { FactsFormat } from "../ingest-facts.types.js";
import { articleKey } from "../global-keys.js";
import type { AddClaimInput } from "./add-claim.input.js";
import type { StoredArticle } from "./claim-document.js";
import { claimDocument, problemInInput } from "./claim-document.js";

const STORED_ARTICLE = `MATCH (a:Article {id: $id})
RETURN a.id AS id, coalesce(a.title, a.id) AS title, a.text AS text, coalesce(a.textIsExcerpt, false) AS textIsExcerpt`;

/**
 * Adds one claim in the edit's transaction through the ingest path: the input becomes a facts
 * document of one claim (claim-document.ts), checked by checkFactsFile and written by the facts
 * writer, so every rule of a facts file's claim holds here too. Returns the new claim's id.
 * Errors (the transaction then rolls back): NOT_FOUND for an unknown article; BAD_USER_INPUT with
 * `extensions.problems` located in the input (`input.predicate`); CONFLICT, with the claim's ID in
 * `extensions.claim`, when the graph holds this claim already.
 */
export async function addClaim(tx: CypherTransaction, input: AddClaimInput): Promise<string> {
  const { rows } = await tx.run<StoredArticle & { text: string | null }>({
    cypher: STORED_ARTICLE,
    parameters: { id: articleKey(input.article) },
  });
  const article = rows[0];
  if (!article) {
    throw new NotFoundError("No article has this ID.", { argument: "article" });
  }
  if (article.text === null) {
    throw new BadUserInputError("The article's text is not stored, so no quote of it can be checked.", {
      argument: "article",
    });
  }
  const document = claimDocument(input, { ...article, text: article.text });
  const writer = await withDocumentFile(document, FactsFormat.JSON, async (file) => {
    try {
      const { problems } = await checkFactsFile(file, "input");
      if (problems.length > 0) {
        throw new FactsFileError(problems);
      }
      return await writeFactsFile(tx, file, { displayName: "input" });
    } catch (error) {
      throw error instanceof FactsFileError ? new FactsFileError(error.problems.map(problemInInput)) : error;
    }
  });
  const [created] = writer.claimsCreated;
  if (created === undefined) {
    const existing = writer.claimsMatched[0] ?? "";
    throw new ConflictError("The graph holds this claim already: add a source to it with addClaimSource.", {
      claim: toGlobalId("Claim", existing),
    });
  }
  await tx.run({ cypher: KNOWN_FROM_EDIT, parameters: { ids: [created] } });
  return created;
}
