/** Just enough of an introspection result to write a selection set for a type. */
export interface IntrospectedTypeRef {
  kind: string;
  name: string | null;
  ofType: IntrospectedTypeRef | null;
}

export interface IntrospectedField {
  name: string;
  args: Array<{ type: { kind: string } }>;
  type: IntrospectedTypeRef;
}

export interface IntrospectedType {
  name: string;
  kind: string;
  fields: IntrospectedField[] | null;
}

const MAX_DEPTH = 3;
const LEAF_KINDS = new Set(["SCALAR", "ENUM"]);

export function namedType(type: IntrospectedTypeRef): IntrospectedTypeRef {
  return type.ofType ? namedType(type.ofType) : type;
}

export function isLeaf(type: IntrospectedTypeRef): boolean {
  return LEAF_KINDS.has(namedType(type).kind);
}

function callableWithoutArguments(field: IntrospectedField): boolean {
  return field.args.every((argument) => argument.type.kind !== "NON_NULL");
}

/**
 * A selection set asking for every field of `typeName` that needs no argument, objects included up
 * to MAX_DEPTH levels and never back into a type already on the way down (no cycles). A connection
 * is read through its `nodes`. Null when nothing can be selected.
 */
export function selectionFor(
  typeName: string,
  types: ReadonlyMap<string, IntrospectedType>,
  path: readonly string[] = [],
): string | null {
  const type = types.get(typeName);
  if (!type) {
    return null;
  }
  if (type.kind === "UNION") {
    return "{ __typename }";
  }
  const fields = (type.fields ?? []).filter(callableWithoutArguments);
  const names = new Set(fields.map((field) => field.name));
  const parts = type.kind === "INTERFACE" ? ["__typename"] : [];
  for (const field of fields) {
    if (names.has("nodes") && (field.name === "edges" || field.name === "pageInfo")) {
      continue;
    }
    if (isLeaf(field.type)) {
      parts.push(field.name);
      continue;
    }
    const inner = namedType(field.type).name;
    if (inner === null || path.length >= MAX_DEPTH || path.includes(inner) || inner === typeName) {
      continue;
    }
    const selection = selectionFor(inner, types, [...path, typeName]);
    if (selection) {
      parts.push(`${field.name} ${selection}`);
    }
  }
  return parts.length > 0 ? `{ ${parts.join(" ")} }` : null;
}
