/** A GraphQL request body's parts, as a client sends them. */
export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** An argument given inline, or through a variable declared with `declaredType`. */
export type ArgumentValue = { literal: string } | { variable: { declaredType: string; value: unknown } };

/** A field, or an inline fragment (`named`: printed as a named fragment and spread instead). */
export type Selection =
  | {
      kind: "field";
      name: string;
      alias: string | null;
      args: [string, ArgumentValue][];
      directives: string | null;
      selection: Selection[] | null;
    }
  | { kind: "fragment"; on: string; named: boolean; selection: Selection[] };

/** What the generator builds before printing. */
export interface OperationTree {
  kind: "query" | "shorthand" | "mutation" | "subscription";
  name: string | null;
  selection: Selection[];
  /** Text inserted at a position (modulo the length): a broken document. */
  damage: [number, string] | null;
}

/**
 * Prints a generated operation: declares its variables (in order of use, `$v0`, `$v1`...), hoists
 * named fragments after the operation, and applies the damage, if any.
 */
export function printOperation({ kind, name, selection, damage }: OperationTree): FuzzOperation {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const fragments: string[] = [];

  const printValue = (value: ArgumentValue): string => {
    if ("literal" in value) {
      return value.literal;
    }
    const variableName = `v${definitions.length}`;
    definitions.push(`$${variableName}: ${value.variable.declaredType}`);
    if (value.variable.value !== undefined) {
      variables[variableName] = value.variable.value;
    }
    return `$${variableName}`;
  };

  const printSelections = (selections: Selection[]): string =>
    `{ ${selections.map(printSelection).join(" ")} }`;

  const printSelection = (item: Selection): string => {
    if (item.kind === "fragment") {
      const body = printSelections(item.selection);
      if (!item.named) {
        return `... on ${item.on} ${body}`;
      }
      const fragmentName = `F${fragments.length}`;
      fragments.push(`fragment ${fragmentName} on ${item.on} ${body}`);
      return `...${fragmentName}`;
    }
    const args =
      item.args.length > 0
        ? `(${item.args.map(([key, value]) => `${key}: ${printValue(value)}`).join(", ")})`
        : "";
    return [
      item.alias ? `${item.alias}: ` : "",
      item.name,
      args,
      item.directives ? ` ${item.directives}` : "",
      item.selection ? ` ${printSelections(item.selection)}` : "",
    ].join("");
  };

  const body = printSelections(selection);
  const header =
    kind === "shorthand" && definitions.length === 0
      ? ""
      : `${kind === "shorthand" ? "query" : kind}${name ? ` ${name}` : ""}${definitions.length > 0 ? `(${definitions.join(", ")})` : ""} `;
  let query = [`${header}${body}`, ...fragments].join("\n");
  if (damage) {
    const at = damage[0] % (query.length + 1);
    query = `${query.slice(0, at)}${damage[1]}${query.slice(at)}`;
  }
  return { query, variables, ...(name && header ? { operationName: name } : {}) };
}
