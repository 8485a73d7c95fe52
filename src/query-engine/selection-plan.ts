import type { FieldNode, GraphQLField, GraphQLObjectType, GraphQLResolveInfo } from "graphql";
import { getNamedType } from "graphql";

import { projectItem } from "./item-shapes.js";
import { NODE_PROPERTIES } from "./node-properties.js";
import type { PlannedField } from "./planned-fields.js";
import type { Projection } from "./projection.js";
import { nodePropertiesOf } from "./projection.js";
import { PLANNED_FIELDS } from "./planned-fields.js";
import type { FieldSelections, SelectionScope } from "./selection.js";
import { fieldName, fieldSelections } from "./selection.js";

/** A nested connection or list below a root look-up, as its selection asks for it. */
export interface NestedSelection {
  responseKey: string;
  planned: PlannedField;
  /** The field and its node in the document: its arguments are read per request (variables). */
  field: GraphQLField<unknown, unknown>;
  fieldNode: FieldNode;
  /** The item projection, with only the properties the selection reads. */
  returns: Projection;
  /** Connections only: `totalCount` is selected. */
  totalCount: boolean;
  /** Connections only: a cursor (an edge's, or pageInfo's start or end) is selected. */
  cursors: boolean;
}

/**
 * What a root look-up's selection asks for, independent of the request's variables: the root
 * node's properties and the nested fields planned into its statement. `statements` keeps the
 * statements built for it, by the shape of a request's arguments (plan-node-lookup.ts).
 */
export interface SelectionPlan {
  properties: string[];
  /** Reads the root node's row (its `properties`, as a list in that order) back into a map. */
  node: Projection;
  nested: NestedSelection[];
  statements: Map<string, string>;
}

/**
 * Selection plans by the root field's first node. Apollo Server keeps each parsed and validated
 * document (its document store), so every repeat of an operation hands the same field nodes to
 * the resolver: the selection is walked and its projections written once per document, not on
 * every request. Held weakly, so a document dropped from Apollo's store frees its plans; null
 * records "not plannable" just as durably.
 *
 * One first node may come with different merged nodes: a second `show(...)` of the same response
 * key under `@include(if: $x)` (on itself or on a fragment) joins `info.fieldNodes` only when the
 * variables include it. A plan is therefore reused only for the very same list of nodes.
 */
const plans = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; plan: SelectionPlan | null }[]>();

const sameNodes = (a: readonly FieldNode[], b: readonly FieldNode[]): boolean =>
  a.length === b.length && a.every((node, index) => node === b[index]);

/**
 * The selection plan of `info`'s field (a root look-up of `typeName`), or null when its selection
 * holds anything the engine does not plan (see planned-fields.ts).
 */
export function selectionPlan(info: GraphQLResolveInfo, typeName: string): SelectionPlan | null {
  const key = info.fieldNodes[0];
  if (!key) {
    return null;
  }
  const variants = plans.get(key) ?? [];
  let variant = variants.find(({ nodes }) => sameNodes(nodes, info.fieldNodes));
  if (variant === undefined) {
    variant = { nodes: [...info.fieldNodes], plan: analyse(info, typeName) };
    variants.push(variant);
    plans.set(key, variants);
  }
  return variant.plan;
}

function analyse(info: GraphQLResolveInfo, typeName: string): SelectionPlan | null {
  const fields = fieldSelections(info.fieldNodes, info, typeName);
  const table = NODE_PROPERTIES[typeName];
  if (!fields || !table) {
    return null;
  }
  const properties = new Set(["id"]);
  const nested: NestedSelection[] = [];
  for (const [responseKey, nodes] of fields) {
    const needed = table[fieldName(nodes)];
    if (needed) {
      needed.forEach((property) => properties.add(property));
      continue;
    }
    const selection = nestedSelection(info, typeName, responseKey, nodes);
    if (!selection) {
      return null;
    }
    nested.push(selection);
  }
  return {
    properties: [...properties],
    node: nodePropertiesOf("this", [...properties]),
    nested,
    statements: new Map(),
  };
}

/**
 * `variable`'s properties that the selection reads (none for an item's node nobody selected);
 * null when a field is unknown.
 */
function nodeProjection(
  scope: SelectionScope,
  variable: string,
  typeName: string,
  nodes: FieldNode[],
): Projection | null {
  const table = NODE_PROPERTIES[typeName];
  const fields = nodes.length === 0 ? new Map() : fieldSelections(nodes, scope, typeName);
  if (!table || !fields) {
    return null;
  }
  const properties = new Set<string>();
  for (const fieldNodes of fields.values()) {
    const needed = table[fieldName(fieldNodes)];
    if (!needed) {
      return null;
    }
    needed.forEach((property) => properties.add(property));
  }
  return nodePropertiesOf(variable, [...properties]);
}

/**
 * The item selections of a connection (`edges { node }` and `nodes` merged) and whether a cursor
 * is selected, or null.
 */
function connectionItems(scope: SelectionScope, itemType: string, fields: FieldSelections) {
  const items: FieldNode[] = [];
  let cursors = false;
  for (const nodes of fields.values()) {
    switch (fieldName(nodes)) {
      case "nodes":
        items.push(...nodes);
        break;
      case "edges": {
        const edge = fieldSelections(nodes, scope, `${itemType}Edge`);
        if (
          !edge ||
          [...edge.values()].some((e) => !["node", "cursor", "__typename"].includes(fieldName(e)))
        ) {
          return null;
        }
        for (const edgeNodes of edge.values()) {
          if (fieldName(edgeNodes) === "node") {
            items.push(...edgeNodes);
          }
          cursors ||= fieldName(edgeNodes) === "cursor";
        }
        break;
      }
      case "pageInfo": {
        const pageInfo = fieldSelections(nodes, scope, "PageInfo");
        // A conditional pageInfo selection may read a cursor: assume it does.
        cursors ||=
          !pageInfo ||
          [...pageInfo.values()].some((f) => ["startCursor", "endCursor"].includes(fieldName(f)));
        break;
      }
      case "totalCount":
      case "__typename":
        break;
      default:
        return null;
    }
  }
  const selections = fieldSelections(items, scope, itemType);
  return selections && { selections, cursors };
}

function nestedSelection(
  info: GraphQLResolveInfo,
  typeName: string,
  responseKey: string,
  nodes: FieldNode[],
): NestedSelection | null {
  const planned = PLANNED_FIELDS[typeName]?.[fieldName(nodes)];
  const field = (info.schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName(nodes)];
  const fieldNode = nodes[0];
  if (!planned || !field || !fieldNode) {
    return null;
  }
  // A list's items are of the field's type; a connection's `<Item>Connection` has `<Item>Edge`s.
  const fieldType = getNamedType(field.type).name;
  const itemType = planned.kind === "list" ? fieldType : fieldType.replace(/Connection$/, "");
  const fields = fieldSelections(nodes, info, fieldType);
  if (!fields) {
    return null;
  }
  const projectNode = (variable: string, type: string, selection: FieldNode[]) =>
    nodeProjection(info, variable, type, selection);
  const items =
    planned.kind === "list"
      ? { selections: fields, cursors: false }
      : connectionItems(info, itemType, fields);
  const returns = items && projectItem(planned.shape, items.selections, projectNode);
  if (!items || !returns) {
    return null;
  }
  return {
    responseKey,
    planned,
    field,
    fieldNode,
    returns,
    totalCount: [...fields.values()].some((f) => fieldName(f) === "totalCount"),
    cursors: items.cursors,
  };
}
