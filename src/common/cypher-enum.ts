/**
 * Cypher fragments built from the values of a GraphQL enum: fixed tables in code, never request
 * text. The guard keeps a value that is not a plain identifier from ever reaching a statement.
 */
function identifiers(values: readonly string[]): readonly string[] {
  const bad = values.find((value) => !/^[A-Z][A-Z0-9_]*$/.test(value));
  if (bad !== undefined) {
    throw new Error(`"${bad}" cannot be used in a Cypher fragment`);
  }
  return values;
}

/** Sorts by the enum's declared order rather than alphabetically; unknown values sort last. */
export function enumRank(expression: string, values: readonly string[]): string {
  const ranks = identifiers(values).map((value, index) => `${value}: ${index}`);
  return `coalesce({${ranks.join(", ")}}[${expression}], ${values.length})`;
}

/** A relationship-type alternation (`SET_IN|FILMED_IN`) for a pattern. */
export function relationshipTypes(values: readonly string[]): string {
  return identifiers(values).join("|");
}

/** A map literal from stored values to API values (`{SPOUSE_OF: 'SPOUSE'}`), for `map[key]`. */
export function valueMap(entries: Readonly<Record<string, string>>): string {
  const keys = identifiers(Object.keys(entries));
  const values = identifiers(Object.values(entries));
  return `{${keys.map((key, index) => `${key}: '${values[index]}'`).join(", ")}}`;
}
