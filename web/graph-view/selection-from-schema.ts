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

function isConnection(type: IntrospectedType): boolean {
  return (type.fields ?? []).some((field) => field.name === "nodes");
}

/**
 * A selection set asking for every field of `typeName` that needs no argument, objects included up
 * to MAX_DEPTH levels (a connection's wrapper is no level: its nodes are) and never back into a
 * type already on the way down (`seen`: no cycles). A connection is read through its `nodes`.
 * Null when nothing can be selected.
 */
export function selectionFor(
  typeName: string,
  types: ReadonlyMap<string, IntrospectedType>,
  seen: readonly string[] = [],
  depth = 0,
): string | null {
  const type = types.get(typeName);
  if (!type) {
    return null;
  }
  if (type.kind === "UNION") {
    return "{ __typename }";
  }
  const fields = (type.fields ?? []).filter(callableWithoutArguments);
  const connection = isConnection(type);
  const parts = type.kind === "INTERFACE" ? ["__typename"] : [];
  for (const field of fields) {
    if (connection && (field.name === "edges" || field.name === "pageInfo")) {
      continue;
    }
    if (isLeaf(field.type)) {
      parts.push(field.name);
      continue;
    }
    const inner = types.get(namedType(field.type).name ?? "");
    if (!inner || seen.includes(inner.name) || inner.name === typeName) {
      continue;
    }
    const innerDepth = isConnection(inner) ? depth : depth + 1;
    if (innerDepth > MAX_DEPTH) {
      continue;
    }
    const selection = selectionFor(inner.name, types, [...seen, typeName], innerDepth);
    if (selection) {
      parts.push(`${field.name} ${selection}`);
    }
  }
  return parts.length > 0 ? `{ ${parts.join(" ")} }` : null;
}
