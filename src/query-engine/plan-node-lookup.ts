import Cypher from "@neo4j/cypher-builder";
import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo } from "graphql";
import { getArgumentValues, getNamedType } from "graphql";
import neo4j from "neo4j-driver";

import { BadUserInputError } from "../errors/showgraph-error.js";
import type { Lookup } from "../node/lookup-args.js";
import type { Node } from "../node/node.interface.js";
import { hydrate } from "../node/node.interface.js";
import type { NodeTypeInfo } from "../node/node-types.js";
import type { ConnectionArgs, PageRequest } from "../pagination/connection-args.js";
import { toPageRequest } from "../pagination/connection-args.js";
import { checkCursorOrder, cursorOrder } from "../pagination/cursor-order.js";
import { parentPageClauses } from "../pagination/keyset-statement.js";
import type { PageRow } from "../pagination/to-connection.js";
import { toConnection } from "../pagination/to-connection.js";
import type { RequestContext } from "../server/request-context.js";
import { projectItem } from "./item-shapes.js";
import { NODE_PROPERTIES } from "./node-properties.js";
import type { PlannedField } from "./planned-fields.js";
import { PLANNED_FIELDS } from "./planned-fields.js";
import type { FieldSelections, SelectionScope } from "./selection.js";
import { fieldName, fieldSelections } from "./selection.js";

/** One nested field of the plan: its subquery, and how its column becomes the field's value. */
interface NestedPlan {
  responseKey: string;
  subquery: (node: Cypher.Node, column: Cypher.Variable) => Cypher.Clause;
  toValue: (column: unknown) => unknown;
}

/** `variable {.id, ...}` with only the properties the selection reads; null when a field is unknown. */
function nodeProjection(
  scope: SelectionScope,
  variable: string,
  typeName: string,
  nodes: FieldNode[],
): string | null {
  const table = NODE_PROPERTIES[typeName];
  const fields = nodes.length === 0 ? new Map() : fieldSelections(nodes, scope, typeName);
  if (!table || !fields) {
    return null;
  }
  const properties = new Set(["id"]);
  for (const fieldNodes of fields.values()) {
    const needed = table[fieldName(fieldNodes)];
    if (!needed) {
      return null;
    }
    needed.forEach((property) => properties.add(property));
  }
  return `${variable} {${[...properties].map((property) => `.${property}`).join(", ")}}`;
}

/** The item selections of a connection (`edges { node }` and `nodes` merged), or null. */
function connectionItems(scope: SelectionScope, itemType: string, fields: FieldSelections) {
  const items: FieldNode[] = [];
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
        }
        break;
      }
      case "pageInfo":
      case "totalCount":
      case "__typename":
        break;
      default:
        return null;
    }
  }
  return fieldSelections(items, scope, itemType);
}

function pageRequest(
  args: Record<string, unknown>,
  definition: PlannedField["definition"],
  totalCount: boolean,
) {
  try {
    const request: PageRequest = { ...toPageRequest(args as ConnectionArgs), totalCount };
    checkCursorOrder(definition as never, request);
    return request;
  } catch (error) {
    // Left to the field's resolver, which reports it at the field's own path.
    if (error instanceof BadUserInputError) {
      return null;
    }
    throw error;
  }
}

function planNested(
  info: GraphQLResolveInfo,
  typeName: string,
  responseKey: string,
  nodes: FieldNode[],
): NestedPlan | null {
  const planned = PLANNED_FIELDS[typeName]?.[fieldName(nodes)];
  const field = (info.schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName(nodes)];
  if (!planned || !field) {
    return null;
  }
  const args = getArgumentValues(field, nodes[0] as FieldNode, info.variableValues);
  // A list's items are of the field's type; a connection's `<Item>Connection` has `<Item>Edge`s.
  const fieldType = getNamedType(field.type).name;
  const itemType = planned.kind === "list" ? fieldType : fieldType.replace(/Connection$/, "");
  const fields = fieldSelections(nodes, info, fieldType);
  if (!fields) {
    return null;
  }
  const projectNode = (variable: string, type: string, selection: FieldNode[]) =>
    nodeProjection(info, variable, type, selection);
  if (planned.kind === "list") {
    const returns = projectItem(planned.shape, fields, projectNode);
    if (!returns || Object.keys(args).length > 0) {
      return null;
    }
    const definition = planned.definition;
    return {
      responseKey,
      subquery: (node, column) =>
        new Cypher.Raw((context) => [
          [
            `WITH ${context.compile(node)}.id AS parentKey`,
            definition.match,
            `WITH * ORDER BY ${definition.orderBy.join(", ")}`,
            `RETURN collect(${returns}) AS ${context.compile(column)}`,
          ].join("\n"),
          {},
        ]),
      toValue: (column) => (column as Record<string, unknown>[]).map(definition.toItem),
    };
  }
  const items = connectionItems(info, itemType, fields);
  const returns = items && projectItem(planned.shape, items, projectNode);
  const totalCount = [...fields.values()].some((f) => fieldName(f) === "totalCount");
  const request = returns ? pageRequest(args, planned.definition, totalCount) : null;
  if (!returns || !request) {
    return null;
  }
  const definition = planned.definition;
  return {
    responseKey,
    subquery: (node, column) =>
      new Cypher.Raw((context) => {
        const parameters = {
          after: context.compile(new Cypher.Param(request.after)),
          before: context.compile(new Cypher.Param(request.before)),
          limit: context.compile(new Cypher.Param(neo4j.int(request.size + 1))),
        };
        return [
          `WITH ${context.compile(node)}.id AS parentKey`,
          ...parentPageClauses(definition, { direction: request.direction, totalCount, parameters, returns }),
          `RETURN {page: __page, totalCount: __total} AS ${context.compile(column)}`,
        ].join("\n");
      }),
    toValue: (column) => {
      const { page, totalCount: total } = column as { page: PageRow[]; totalCount: number | null };
      return toConnection(page, total ?? 0, request, {
        order: cursorOrder(definition),
        toNode: definition.toNode,
      });
    },
  };
}

/**
 * Answers a root look-up (`show(name:)`, `person(id:)`) and the nested connections and lists its
 * selection asks for with one statement, projecting only the properties selected; what it read
 * for nested fields waits in `context.planned` for their resolvers. Returns undefined when the
 * selection holds anything the engine does not plan (see planned-fields.ts): the caller then
 * resolves the field as before, level by level with the batched loaders.
 */
export async function planNodeLookup<T extends Node>(
  context: RequestContext,
  info: GraphQLResolveInfo,
  type: NodeTypeInfo<T>,
  lookup: Lookup,
): Promise<T | null | undefined> {
  const fields = fieldSelections(info.fieldNodes, info, type.label);
  const table = NODE_PROPERTIES[type.label];
  if (!fields || !table || (lookup.by === "key" && lookup.typename !== type.Type.name)) {
    return undefined;
  }
  const properties = new Set(["id"]);
  const nested: NestedPlan[] = [];
  for (const [responseKey, nodes] of fields) {
    const needed = table[fieldName(nodes)];
    const plan = needed ? null : planNested(info, type.label, responseKey, nodes);
    if (!needed && !plan) {
      return undefined;
    }
    needed?.forEach((property) => properties.add(property));
    if (plan) {
      nested.push(plan);
    }
  }

  const node = new Cypher.NamedNode("this");
  const value = new Cypher.Param(lookup.by === "key" ? lookup.key : lookup.value);
  const columns = nested.map((_plan, index) => new Cypher.NamedVariable(`nested${index}`));
  const statement = Cypher.utils.concat(
    new Cypher.Match(new Cypher.Pattern(node, { labels: [type.label] }))
      .where(Cypher.eq(node.property(lookup.by === "key" ? "id" : lookup.property), value))
      .with(node)
      .orderBy([node.property("id"), "ASC"])
      .limit(1),
    ...nested.map(
      (plan, index) => new Cypher.Call(plan.subquery(node, columns[index] as Cypher.Variable), [node]),
    ),
    new Cypher.Return(
      [new Cypher.MapProjection(node, [...properties]), "node"],
      ...columns.map((column, index): [Cypher.Variable, string] => [column, `nested${index}`]),
    ),
  );
  const { cypher, params } = statement.build();
  const [row] = await context.reads.read<Record<string, unknown>>(
    { cypher, parameters: params },
    { operation: `${type.label} look-up` },
  );
  if (!row) {
    return null;
  }
  const found = hydrate(type.Type, row.node as Record<string, unknown>);
  nested.forEach((plan, index) =>
    context.planned.set(found, plan.responseKey, plan.toValue(row[`nested${index}`])),
  );
  return found;
}
