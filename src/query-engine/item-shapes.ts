import type { FieldNode } from "graphql";

import type { Projection } from "./projection.js";
import { eachOf, mapOf, nodePropertiesOf, valueOf } from "./projection.js";
import type { FieldSelections } from "./selection.js";
import { fieldName } from "./selection.js";

/**
 * How the items of a planned connection or list are projected: which GraphQL fields hold nodes
 * (and in which Cypher variable of the definition's match), which are answered from the row
 * without node properties, and the row map the definition's `toNode`/`toItem` reads.
 */
export interface ItemShape {
  /** GraphQL field -> [Cypher variable, node type]. */
  nodes: Record<string, [variable: string, typeName: string]>;
  /** Fields read from the row itself (or computed from it). */
  scalars: string[];
  /**
   * The row map, given each node field's projection (`person`'s id and name) and the scalar
   * fields selected (a row carries only what is read).
   */
  row: (projections: Record<string, Projection>, scalars: ReadonlySet<string>) => Projection;
}

/** Projects `variable` for a selection of `typeName`, or null when it cannot. */
export type NodeProjector = (variable: string, typeName: string, selection: FieldNode[]) => Projection | null;

/**
 * The row projection of `shape` for the item fields selected, or null when a field is not
 * covered (a nested connection under the items): the resolvers then load the whole field.
 */
export function projectItem(
  shape: ItemShape,
  fields: FieldSelections,
  projectNode: NodeProjector,
): Projection | null {
  const selected = new Map<string, FieldNode[]>();
  const scalars = new Set<string>();
  for (const nodes of fields.values()) {
    const name = fieldName(nodes);
    if (name in shape.nodes) {
      selected.set(name, [...(selected.get(name) ?? []), ...nodes]);
    } else if (shape.scalars.includes(name)) {
      scalars.add(name);
    } else if (name !== "__typename") {
      return null;
    }
  }
  const projections: Record<string, Projection> = {};
  for (const [field, [variable, typeName]] of Object.entries(shape.nodes)) {
    const projection = projectNode(variable, typeName, selected.get(field) ?? []);
    if (projection === null) {
      return null;
    }
    projections[field] = projection;
  }
  return shape.row(projections, scalars);
}

const ROLE_PROPERTIES = ["billingOrder", "seasons", "episodeCount"];

export const CAST_CREDIT_SHAPE: ItemShape = {
  nodes: { person: ["person", "Person"], character: ["character", "Character"], show: ["show", "Show"] },
  scalars: ["kind", ...ROLE_PROPERTIES],
  // The role's own properties only when one of them is selected (toCastCredit reads them as absent).
  row: ({ person, character, show }, scalars) =>
    mapOf({
      plays: nodePropertiesOf(
        "plays",
        ROLE_PROPERTIES.some((name) => scalars.has(name)) ? ROLE_PROPERTIES : [],
      ),
      person: person as Projection,
      character: character as Projection,
      show: show as Projection,
    }),
};

export const CO_STAR_SHAPE: ItemShape = {
  nodes: { person: ["coStar", "Person"], sharedShows: ["show", "Show"] },
  scalars: ["sharedShowCount"],
  row: ({ person, sharedShows }) =>
    mapOf({
      person: person as Projection,
      sharedShows: eachOf("show", "sharedShows", sharedShows as Projection),
    }),
};

export const CARRIAGE_SHAPE: ItemShape = {
  nodes: { network: ["network", "Network"], show: ["show", "Show"] },
  scalars: ["original"],
  row: ({ network, show }) =>
    mapOf({
      network: network as Projection,
      show: show as Projection,
      original: valueOf("coalesce(carries.original, false)"),
    }),
};
