import Cypher from "@neo4j/cypher-builder";
import type { GraphQLResolveInfo } from "graphql";
import { getArgumentValues } from "graphql";
import neo4j from "neo4j-driver";

import { BadUserInputError } from "../errors/showgraph-error.js";
import type { CypherParameters } from "../neo4j/cypher-executor.js";
import type { Lookup } from "../node/lookup-args.js";
import type { Node } from "../node/node.interface.js";
import { hydrate } from "../node/node.interface.js";
import type { NodeTypeInfo } from "../node/node-types.js";
import type { ConnectionArgs, PageRequest } from "../pagination/connection-args.js";
import { toPageRequest } from "../pagination/connection-args.js";
import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { checkCursorOrder, cursorOrder } from "../pagination/cursor-order.js";
import { parentPageClauses } from "../pagination/keyset-statement.js";
import type { PageRow } from "../pagination/to-connection.js";
import { toConnection } from "../pagination/to-connection.js";
import type { RequestContext } from "../server/request-context.js";
import type { NestedSelection, SelectionPlan } from "./selection-plan.js";
import { selectionPlan } from "./selection-plan.js";

/** A nested field's page for this request; null for a list (it has no page). */
type NestedRequest = PageRequest | null;

function pageRequest(args: Record<string, unknown>, nested: NestedSelection): PageRequest | null {
  try {
    const request: PageRequest = { ...toPageRequest(args as ConnectionArgs), totalCount: nested.totalCount };
    checkCursorOrder(nested.planned.definition as ConnectionDefinition<unknown>, request);
    return request;
  } catch (error) {
    // Left to the field's resolver, which reports it at the field's own path.
    if (error instanceof BadUserInputError) {
      return null;
    }
    throw error;
  }
}

/** This request's page of each nested field, or undefined when one cannot be planned. */
function nestedRequests(info: GraphQLResolveInfo, plan: SelectionPlan): NestedRequest[] | undefined {
  const requests: NestedRequest[] = [];
  for (const nested of plan.nested) {
    const args = getArgumentValues(nested.field, nested.fieldNode, info.variableValues);
    if (nested.planned.kind === "list") {
      if (Object.keys(args).length > 0) {
        return undefined;
      }
      requests.push(null);
      continue;
    }
    const request = pageRequest(args, nested);
    if (!request) {
      return undefined;
    }
    requests.push(request);
  }
  return requests;
}

/** A connection's page (nestedRequests gives every connection one; only lists have none). */
function pageOf(request: NestedRequest): PageRequest {
  if (!request) {
    throw new Error("A planned connection has no page request");
  }
  return request;
}

/** What makes two requests' statements differ: the look-up property and each page's direction and cursors. */
function statementShape(property: string, requests: NestedRequest[]): string {
  const pages = requests.map((request) =>
    request
      ? `${request.direction}${request.after ? "+after" : ""}${request.before ? "+before" : ""}`
      : "list",
  );
  return [property, ...pages].join("|");
}

const param = (name: string) => new Cypher.NamedParam(name);

function nestedSubquery(nested: NestedSelection, request: NestedRequest, index: number) {
  const { planned, returns } = nested;
  return (node: Cypher.Node, column: Cypher.Variable): Cypher.Clause =>
    new Cypher.Raw((context) => {
      const parent = `WITH ${context.compile(node)}.id AS parentKey`;
      if (planned.kind === "list") {
        const definition = planned.definition;
        return [
          parent,
          definition.match,
          `WITH * ORDER BY ${definition.orderBy.join(", ")}`,
          `RETURN collect(${returns.cypher}) AS ${context.compile(column)}`,
        ].join("\n");
      }
      const page = pageOf(request);
      const parameters = {
        after: page.after ? context.compile(param(`after${index}`)) : null,
        before: page.before ? context.compile(param(`before${index}`)) : null,
        limit: context.compile(param(`limit${index}`)),
      };
      return [
        parent,
        ...parentPageClauses(planned.definition, {
          direction: page.direction,
          totalCount: nested.totalCount,
          parameters,
          returns: returns.cypher,
          sortKeys: nested.cursors,
          rowsAs: "lists",
        }),
        `RETURN [__page, __total] AS ${context.compile(column)}`,
      ].join("\n");
    });
}

/**
 * The statement for one shape of request: the root match by `property` (always `$lookup`), then
 * one CALL subquery per nested field, binding `nested<i>`. Parameter names are fixed (`$lookup`,
 * `$after<i>`, `$before<i>`, `$limit<i>`), so the text serves every request of that shape.
 */
function buildStatement(
  label: string,
  property: string,
  plan: SelectionPlan,
  requests: NestedRequest[],
): string {
  const node = new Cypher.NamedNode("this");
  const columns = plan.nested.map((_nested, index) => new Cypher.NamedVariable(`nested${index}`));
  const statement = Cypher.utils.concat(
    new Cypher.Match(new Cypher.Pattern(node, { labels: [label] }))
      .where(Cypher.eq(node.property(property), param("lookup")))
      .with(node)
      .orderBy([node.property("id"), "ASC"])
      .limit(1),
    ...plan.nested.map(
      (nested, index) =>
        new Cypher.Call(
          nestedSubquery(nested, requests[index] ?? null, index)(node, columns[index] as Cypher.Variable),
          [node],
        ),
    ),
    new Cypher.Return(
      // Lists, not maps: see projection.ts.
      [new Cypher.List(plan.properties.map((property) => node.property(property))), "node"],
      ...columns.map((column, index): [Cypher.Variable, string] => [column, `nested${index}`]),
    ),
  );
  return statement.build().cypher;
}

function statementParameters(value: unknown, requests: NestedRequest[]): CypherParameters {
  const parameters: CypherParameters = { lookup: value };
  requests.forEach((request, index) => {
    if (request) {
      parameters[`limit${index}`] = neo4j.int(request.size + 1);
      if (request.after) {
        parameters[`after${index}`] = request.after;
      }
      if (request.before) {
        parameters[`before${index}`] = request.before;
      }
    }
  });
  return parameters;
}

/** A planned field's value from its column: items and pages come as lists (projection.ts). */
function nestedValue(nested: NestedSelection, request: NestedRequest, column: unknown): unknown {
  const { planned, returns } = nested;
  const decode = returns.decode as (value: unknown) => Record<string, unknown>;
  if (planned.kind === "list") {
    return (column as unknown[]).map((item) => planned.definition.toItem(decode(item)));
  }
  const [rows, totalCount] = column as [[unknown, PageRow["sortKey"]?][], number | null];
  const page: PageRow[] = rows.map(([row, sortKey]) => ({ row: decode(row), sortKey }));
  const definition = planned.definition;
  return toConnection(page, totalCount ?? 0, pageOf(request), {
    order: cursorOrder(definition),
    toNode: definition.toNode,
  });
}

/** True when the operation selects this root field and nothing else (no fragment, no directive). */
function aloneInOperation(info: GraphQLResolveInfo): boolean {
  const [only, ...others] = info.operation.selectionSet.selections;
  return (
    others.length === 0 &&
    info.fieldNodes.length === 1 &&
    only !== undefined &&
    only === info.fieldNodes[0] &&
    (only.directives ?? []).length === 0
  );
}

/**
 * Answers a root look-up (`show(name:)`, `person(id:)`) and the nested connections and lists its
 * selection asks for with one statement, projecting only the properties selected; what it read
 * for nested fields waits in `context.planned` for their resolvers. Returns undefined when the
 * selection holds anything the engine does not plan (see planned-fields.ts): the caller then
 * resolves the field as before, level by level with the batched loaders.
 *
 * Per request only the arguments are read: the selection's analysis (selection-plan.ts) and the
 * statement for this shape of arguments are built once per document and reused.
 */
export async function planNodeLookup<T extends Node>(
  context: RequestContext,
  info: GraphQLResolveInfo,
  type: NodeTypeInfo<T>,
  lookup: Lookup,
): Promise<T | null | undefined> {
  const plan = selectionPlan(info, type.label);
  if (!plan || (lookup.by === "key" && lookup.typename !== type.Type.name)) {
    return undefined;
  }
  const requests = nestedRequests(info, plan);
  if (!requests) {
    return undefined;
  }
  const property = lookup.by === "key" ? "id" : lookup.property;
  const shape = statementShape(property, requests);
  let cypher = plan.statements.get(shape);
  if (cypher === undefined) {
    cypher = buildStatement(type.label, property, plan, requests);
    plan.statements.set(shape, cypher);
  }
  const statement = {
    cypher,
    parameters: statementParameters(lookup.by === "key" ? lookup.key : lookup.value, requests),
  };
  // Alone in its operation, the planned field is the request's whole read.
  const [row] = aloneInOperation(info)
    ? await context.reads.readAlone<Record<string, unknown>>(statement)
    : await context.reads.read<Record<string, unknown>>(statement, { operation: `${type.label} look-up` });
  if (!row) {
    return null;
  }
  const found = hydrate(type.Type, plan.node.decode(row.node) as Record<string, unknown>);
  plan.nested.forEach((nested, index) =>
    context.planned.set(
      found,
      nested.responseKey,
      nestedValue(nested, requests[index] ?? null, row[`nested${index}`]),
    ),
  );
  return found;
}
