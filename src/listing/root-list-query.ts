import type { CypherParameters } from "../neo4j/cypher-executor.js";
import type { Node } from "../node/node.interface.js";
import { hydrate } from "../node/node.interface.js";
import type { ConnectionDefinition, SortKey } from "../pagination/connection-definition.js";
import type { Order } from "./order.input.js";
import { OrderDirection } from "./order-direction.enum.js";
import type { FilterRule, OrderKey, RootListDefinition } from "./root-list-definition.js";

export interface RootListQuery<TNode> {
  definition: ConnectionDefinition<TNode>;
  parameters: CypherParameters;
}

function startingPoint(rule: FilterRule<never>, value: string, label: string): string | null {
  if (!("pattern" in rule)) {
    return null;
  }
  const where = rule.where ? ` AND (${rule.where(value)})` : "";
  const hint = rule.startHint ? ` ${rule.startHint}` : "";
  return `MATCH ${rule.pattern(value)}${hint} WHERE n:${label}${where} WITH DISTINCT n`;
}

function predicate(rule: FilterRule<never>, value: string): string {
  if ("predicate" in rule) {
    return `(${rule.predicate(value)})`;
  }
  const where = rule.where ? ` WHERE ${rule.where(value)}` : "";
  return `EXISTS { MATCH ${rule.pattern(value)}${where} }`;
}

function sortKeys(keys: OrderKey[], direction: OrderDirection): SortKey[] {
  return [
    ...keys.map(({ expression, alwaysAscending }) => ({
      expression,
      descending: direction === OrderDirection.DESC && !alwaysAscending,
    })),
    { expression: "n.id" },
  ];
}

/**
 * The connection (match, filter, order) for one request to a root list, and its parameters.
 * The statement's shape depends only on which filter fields are given and on the order, never on
 * their values, so Neo4j caches one plan per combination.
 */
export function rootListQuery<TNode extends Node, TFilter extends object, TOrderField extends string>(
  list: RootListDefinition<TNode, TFilter, TOrderField>,
  filter: TFilter | null | undefined,
  orderBy: Order<TOrderField> | null | undefined,
): RootListQuery<TNode> {
  const rules = Object.entries(list.filters) as [keyof TFilter & string, FilterRule<never>][];
  const given = rules.filter(([field]) => filter?.[field] != null);
  const start = given
    .map(([field, rule]) => ({ field, clause: startingPoint(rule, `$filter.${field}`, list.type.label) }))
    .find(({ clause }) => clause !== null);
  const predicates = given
    .filter(([field]) => field !== start?.field)
    .map(([field, rule]) => predicate(rule, `$filter.${field}`));

  const field = orderBy?.field ?? list.defaultOrder;
  const direction = orderBy?.direction ?? OrderDirection.ASC;
  const parameters = Object.fromEntries(
    rules.map(([name, rule]) => {
      const value = filter?.[name];
      if (value == null) {
        return [name, null];
      }
      return [name, rule.toParameter ? rule.toParameter(value as never, `filter.${name}`) : value];
    }),
  );
  return {
    definition: {
      name: `${list.name}(orderBy: ${field} ${direction})`,
      match: start?.clause ?? `MATCH (n:${list.type.label})`,
      where: predicates.length > 0 ? predicates.join(" AND ") : undefined,
      sortKeys: sortKeys(list.orders[field], direction),
      returns: "n {.*}",
      toNode: (row) => hydrate(list.type.Type, row),
    },
    parameters: { filter: parameters },
  };
}
