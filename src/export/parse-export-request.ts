// The registry loads the decorated GraphQL classes, which need the metadata polyfill first: exports
// also run without the schema being built (the command line).
import "reflect-metadata";

import { requireIntInRange } from "../common/int-range.js";
import { DatePrecision, firstDay, parsePartialDate } from "../common/partial-date.js";
import { BadUserInputError } from "../errors/showgraph-error.js";
import { GRAPH_LIMITS } from "../graph/graph-limits.js";
import { domainLabels } from "../graph/registered-labels.js";
import { nodeTypeNamed } from "../node/node-types.js";
import type { ClaimView } from "../claim/claim-view.js";
import type { ExportFormat } from "./export-formats.js";
import { EXPORT_FORMATS } from "./export-formats.js";
import type { ExportFilter, ExportRequest, ExportScope, ExportScopeKind } from "./export-request.js";

/** Parameters as a query string or command line gives them. */
export type ExportParameters = Readonly<Record<string, string | undefined>>;

const COMMON_PARAMETERS = ["format", "types", "relationshipTypes", "knownOn", "validOn", "bom"];

const SCOPE_PARAMETERS: Record<ExportScopeKind, string[]> = {
  neighborhood: ["id", "depth", "limit"],
  path: ["from", "to", "maxLength", "first"],
  all: [],
};

function bad(argument: string, message: string): BadUserInputError {
  return new BadUserInputError(`${argument}: ${message}`, { argument });
}

function required(parameters: ExportParameters, name: string): string {
  const value = parameters[name];
  if (value === undefined || value === "") {
    throw bad(name, "is required");
  }
  return value;
}

function wholeNumber(
  parameters: ExportParameters,
  limit: (typeof GRAPH_LIMITS)[keyof typeof GRAPH_LIMITS],
): number {
  const text = parameters[limit.argument];
  if (text === undefined || text === "") {
    return limit.default;
  }
  if (!/^\d{1,6}$/.test(text)) {
    throw bad(limit.argument, `must be a whole number from ${limit.min} to ${limit.max} (got "${text}")`);
  }
  return requireIntInRange(Number(text), limit);
}

function list(parameters: ExportParameters, name: string): string[] | null {
  const text = parameters[name];
  if (text === undefined || text.trim() === "") {
    return null;
  }
  return [
    ...new Set(
      text
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== ""),
    ),
  ];
}

/** `types`: GraphQL type names of domain nodes (Show, Person, ...), turned into labels from the registry. */
function labelsOf(parameters: ExportParameters): string[] {
  const domain = domainLabels();
  const names = list(parameters, "types");
  if (names === null) {
    return domain;
  }
  const labels = names.map((name) => {
    const label = nodeTypeNamed(name)?.label;
    if (label === undefined || !domain.includes(label)) {
      throw bad("types", `"${name}" is not a type that can be exported; use some of ${domain.join(", ")}`);
    }
    return label;
  });
  return domain.filter((label) => labels.includes(label));
}

/** `relationshipTypes`: only ever a parameter of the statements, but still held to the shape of a type. */
function relationshipTypesOf(parameters: ExportParameters): string[] | null {
  const types = list(parameters, "relationshipTypes");
  for (const type of types ?? []) {
    if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(type)) {
      throw bad("relationshipTypes", `"${type}" is not a relationship type (such as PLAYS or CHARACTER_IN)`);
    }
  }
  return types;
}

function day(parameters: ExportParameters, name: string): string | null {
  const text = parameters[name];
  if (text === undefined || text === "") {
    return null;
  }
  const parts = parsePartialDate(text);
  if (parts?.precision !== DatePrecision.DAY) {
    throw bad(name, `must be a calendar date YYYY-MM-DD (got "${text}")`);
  }
  return firstDay(parts);
}

function formatOf(parameters: ExportParameters): ExportFormat {
  const format = parameters.format ?? "json";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw bad("format", `must be one of ${EXPORT_FORMATS.join(", ")} (got "${format}")`);
  }
  return format as ExportFormat;
}

function flag(parameters: ExportParameters, name: string): boolean {
  const text = parameters[name];
  if (text === undefined || text === "" || text === "false" || text === "0") {
    return false;
  }
  if (text === "true" || text === "1") {
    return true;
  }
  throw bad(name, `must be true or false (got "${text}")`);
}

function scopeOf(kind: ExportScopeKind, parameters: ExportParameters): ExportScope {
  switch (kind) {
    case "neighborhood":
      return {
        kind,
        id: required(parameters, "id"),
        depth: wholeNumber(parameters, GRAPH_LIMITS.depth),
        limit: wholeNumber(parameters, GRAPH_LIMITS.limit),
      };
    case "path":
      return {
        kind,
        from: required(parameters, "from"),
        to: required(parameters, "to"),
        maxLength: wholeNumber(parameters, GRAPH_LIMITS.maxLength),
        first: wholeNumber(parameters, GRAPH_LIMITS.first),
      };
    case "all":
      return { kind };
  }
}

/**
 * An export request from named text parameters, the same for the HTTP routes and the command
 * line; a parameter that is unknown, malformed or out of range is BAD_USER_INPUT naming it.
 */
export function parseExportRequest(kind: ExportScopeKind, parameters: ExportParameters): ExportRequest {
  const known = [...COMMON_PARAMETERS, ...SCOPE_PARAMETERS[kind]];
  const unknown = Object.keys(parameters).find((name) => !known.includes(name));
  if (unknown !== undefined) {
    throw bad(unknown, `is not a parameter of this export; use ${known.join(", ")}`);
  }
  // An export shows facts: a claim the graph keeps only as a known error never makes one.
  const view: ClaimView = {
    includeDeprecated: false,
    knownOn: day(parameters, "knownOn"),
    validOn: day(parameters, "validOn"),
  };
  const filter: ExportFilter = {
    labels: labelsOf(parameters),
    relationshipTypes: relationshipTypesOf(parameters),
    view,
  };
  return {
    scope: scopeOf(kind, parameters),
    filter,
    format: formatOf(parameters),
    bom: flag(parameters, "bom"),
  };
}
