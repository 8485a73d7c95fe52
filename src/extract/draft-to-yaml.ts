import { Document } from "yaml";

import type { FactsDraft } from "./extract-draft.js";

/** The draft as a YAML facts file, with a header telling the reviewer what to do, and any warnings. */
export function draftToYaml(draft: FactsDraft, source: string, warnings: string[] = []): string {
  const document = new Document(draft, { aliasDuplicateObjects: false });
  document.commentBefore = [
    ` DRAFT facts file proposed by \`showgraph extract ${source}\` (rules only: check everything).`,
    " Review each entity and claim against the article: fix ids and names, delete what is wrong,",
    " add what the rules missed, then remove `reviewed: false` from each claim you checked.",
    " `showgraph ingest` refuses unreviewed claims. Format: docs/ingestion.md.",
    ...warnings.map((warning) => ` WARNING: ${warning}.`),
  ].join("\n");
  return document.toString({ lineWidth: 0 });
}
