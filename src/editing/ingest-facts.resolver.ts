import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";

import { Role } from "../auth/role.js";
import { UnauthenticatedError } from "../errors/showgraph-error.js";
import { ingestFactsFile } from "../ingest/ingest-facts.js";
import { KNOWN_FROM_EDIT } from "../ingest/known-times.js";
import type { RequestContext } from "../server/request-context.js";
import { announceEdit } from "./announce-edit.js";
import { EditKind } from "./edit-kind.enum.js";
import type { Edit } from "./edit.type.js";
import { withDocumentFile } from "./document-file.js";
import { IngestFactsInput, IngestFactsPayload, IngestKnownTime } from "./ingest-facts.types.js";
import { recordEdit } from "./run-edit.js";

@Resolver()
export class IngestFactsResolver {
  /**
   * The CLI's `showgraph ingest` through the API: the same reader, checks and writer (one source of
   * truth), in one transaction with the edit record, all or nothing. Problems come back as
   * BAD_USER_INPUT with `extensions.problems` ({file: "document", line, path, message}).
   */
  @Authorized(Role.EDITOR)
  @Mutation(() => IngestFactsPayload, {
    description:
      "Ingests a facts document (docs/ingestion.md) as `showgraph ingest` does: all of it or nothing, problems with line and field path. dryRun reports without writing.",
  })
  async ingestFacts(
    @Arg("input", () => IngestFactsInput) input: IngestFactsInput,
    @Ctx() context: RequestContext,
  ): Promise<IngestFactsPayload> {
    const viewer = context.viewer;
    if (!viewer) {
      throw new UnauthenticatedError();
    }
    let edit: Edit | null = null;
    let created: string[] = [];
    const report = await withDocumentFile(input.document, input.format, (file) =>
      ingestFactsFile(context.writes, file, {
        displayName: "document",
        dryRun: input.dryRun,
        alsoInTransaction: async (tx, { articleId, claimsCreated }) => {
          created = claimsCreated;
          if (input.knownTime === IngestKnownTime.EDIT && claimsCreated.length > 0) {
            await tx.run({ cypher: KNOWN_FROM_EDIT, parameters: { ids: claimsCreated } });
          }
          edit = await recordEdit(
            tx,
            viewer,
            { kind: EditKind.INGEST_FACTS, reason: input.reason ?? null },
            {
              summary: `ingested article ${articleId}`,
              touchedClaims: claimsCreated,
              touchedArticles: [articleId],
              result: articleId,
            },
          );
        },
      }),
    );
    const recorded = input.dryRun ? null : (edit as Edit | null);
    if (recorded) {
      await announceEdit(context.writes, recorded.key, created, [{ label: "Article", id: report.articleId }]);
    }
    return Object.assign(new IngestFactsPayload(), {
      dryRun: input.dryRun,
      changed: report.changed,
      records: report.records,
      counts: Object.entries(report.counts)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([label, counts]) => ({ label, ...counts })),
      relationshipsCreated: report.relationshipsCreated,
      propertiesSet: report.propertiesSet,
      edit: recorded,
    });
  }
}
