import { expandToNarrower } from "../common/broader-terms.js";
import { LocationRole } from "../location/location-role.enum.js";
import { LOCATION_ROLE_BROADER } from "../location/location-roles.js";
import { nameKeyContains, nodeKeyOf, partialDateBound } from "../listing/filter-values.js";
import { BY_NAME_KEY } from "../listing/name-order.js";
import type { RootListDefinition } from "../listing/root-list-definition.js";
import { nodeTypes } from "../node/node-types.js";
import type { ShowFilter, ShowLocationFilter } from "./show-filter.input.js";
import { ShowOrderField } from "./show-order.input.js";
import type { Show } from "./show.type.js";

/** Every show-to-place relationship type; the enum's values are the types. */
const LOCATION_ROLE_TYPES = Object.values(LocationRole).join("|");

/**
 * The first day a stored premiere can mean, and the day after the last: a premiere is stored as
 * a date plus its precision, August 2021 as 2021-08-01 with MONTH.
 */
const PREMIERE_START = `CASE
  WHEN n.premiereDate IS NULL THEN null
  WHEN n.premiereDatePrecision = 'YEAR' THEN date.truncate('year', n.premiereDate)
  WHEN n.premiereDatePrecision = 'MONTH' THEN date.truncate('month', n.premiereDate)
  ELSE n.premiereDate
END`;
const PREMIERE_END = `(${PREMIERE_START}) + CASE n.premiereDatePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END`;

/**
 * The `shows` list. The premiere bounds compare whole periods: the first conjunct lets the
 * premiereDate index find the candidates, the second is exact for MONTH and YEAR precision.
 */
export const showsRootList: RootListDefinition<Show, ShowFilter, ShowOrderField> = {
  name: "shows",
  type: nodeTypes.Show,
  filters: {
    hasProductionFactor: {
      pattern: (id) => `(:ProductionFactor {id: ${id}})-[:AFFECTED]->(n)`,
      toParameter: nodeKeyOf("ProductionFactor"),
    },
    network: {
      pattern: (id) => `(:Network {id: ${id}})-[:CARRIES]->(n)`,
      toParameter: nodeKeyOf("Network"),
    },
    locatedIn: {
      pattern: (place) =>
        `(n)-[placed:${LOCATION_ROLE_TYPES}]->(:Location)-[:WITHIN*0..]->(:Location {id: ${place}.location})`,
      where: (place) => `type(placed) IN ${place}.roles`,
      toParameter: ({ location, roles }: ShowLocationFilter, argument) => ({
        location: nodeKeyOf("Location")(location, `${argument}.location`),
        roles: expandToNarrower(LOCATION_ROLE_BROADER, roles) ?? Object.values(LocationRole),
      }),
    },
    titleContains: nameKeyContains,
    kinds: { predicate: (kinds) => `n.kind IN ${kinds}` },
    statuses: { predicate: (statuses) => `n.status IN ${statuses}` },
    premieredAfter: {
      predicate: (day) => `n.premiereDate > date(${day}) AND ${PREMIERE_START} > date(${day})`,
      toParameter: partialDateBound("latest"),
    },
    premieredBefore: {
      predicate: (day) => `n.premiereDate < date(${day}) AND ${PREMIERE_END} <= date(${day})`,
      toParameter: partialDateBound("earliest"),
    },
  },
  orders: {
    TITLE: BY_NAME_KEY,
    PREMIERE_DATE: [
      { expression: "n.premiereDate IS NULL", alwaysAscending: true },
      { expression: "coalesce(toString(n.premiereDate), '')" },
    ],
    CAST_SIZE: [{ expression: "COUNT { (:Person)-[:PLAYS]->(:Character)-[:CHARACTER_IN]->(n) }" }],
    CREW_SIZE: [{ expression: "COUNT { (:Person)-[:WORKED_ON]->(n) }" }],
  },
  defaultOrder: ShowOrderField.TITLE,
};
