import { fromGlobalId } from "../common/global-id.js";
import { toSlug } from "../common/slug.js";
import { FORMATS } from "./export-formats.js";
import type { ExportRequest, ExportScope } from "./export-request.js";

/**
 * A node's key as a file-name part: ASCII letters, digits and hyphens, folded as names are
 * ("hit-and-run/segev-azulai" -> "hit-and-run-segev-azulai", "søren" -> "soren").
 */
function slugOf(globalId: string): string {
  const slug = toSlug(fromGlobalId(globalId).key).slice(0, 60);
  return slug === "" ? "node" : slug;
}

function scopePart(scope: ExportScope): string {
  switch (scope.kind) {
    case "neighborhood":
      return `neighborhood-${slugOf(scope.id)}`;
    case "path":
      return `path-${slugOf(scope.from)}-to-${slugOf(scope.to)}`;
    case "all":
      return "all";
  }
}

/** The file an export is saved as, e.g. showgraph-neighborhood-hit-and-run-known-on-2021-08-31.gexf. */
export function exportFileName({ scope, filter, format }: ExportRequest): string {
  const view = [
    ...(filter.view.knownOn ? [`known-on-${filter.view.knownOn}`] : []),
    ...(filter.view.validOn ? [`valid-on-${filter.view.validOn}`] : []),
  ];
  return ["showgraph", scopePart(scope), ...view].join("-") + FORMATS[format].fileSuffix;
}
