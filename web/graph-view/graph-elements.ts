/** How the graph view's nodes, relationships and layout are described to cytoscape. */
import type { ElementDefinition, LayoutOptions, Position } from "cytoscape";

import type { GraphNode, GraphRelationship } from "./graph-data.js";
import { colourForType } from "./type-colours.js";

/** Longer names are cut with "…" in the drawing; hovering or selecting a node shows all of it. */
const LABEL_LENGTH = 32;
/** Room around the drawing, in pixels, when it is fitted or laid out. */
export const PADDING = 40;

/** Id order for sorting: the layout then sees the same graph in the same order on every load. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function label(text: string): string {
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
}

/** A node for cytoscape: its label (cut), its whole name for hover, its type's colour. */
export function nodeElement(node: GraphNode, position?: Position): ElementDefinition {
  return {
    group: "nodes",
    data: {
      id: node.id,
      label: label(node.displayName),
      fullLabel: node.displayName,
      colour: colourForType(node.__typename),
      node,
    },
    ...(position ? { position } : {}),
  };
}

/** Edge ids get a prefix: cytoscape keeps node and edge ids in one namespace. */
export function edgeId(relationship: GraphRelationship): string {
  return `relationship:${relationship.id}`;
}

/** A relationship for cytoscape, carrying the API's relationship for clicks and the list. */
export function edgeElement(relationship: GraphRelationship): ElementDefinition {
  return {
    group: "edges",
    data: {
      id: edgeId(relationship),
      source: relationship.fromId,
      target: relationship.toId,
      type: relationship.type,
      relationship,
    },
  };
}

/** The options of cytoscape-fcose this view sets (the package ships no types). */
export interface FcoseOptions {
  randomize: boolean;
  quality: "default" | "proof";
  fit: boolean;
  fixedNodeConstraint?: Array<{ nodeId: string; position: Position }>;
}

// No animation anywhere: a layout runs once, and the graph is drawn when it is done.
/** fCoSE's options for this view, `options` on top. */
export function fcoseLayout(options: FcoseOptions): LayoutOptions {
  return {
    name: "fcose",
    animate: false,
    nodeRepulsion: 12000,
    idealEdgeLength: 110,
    nodeSeparation: 100,
    // Labels count as part of a node, so the layout leaves room for them.
    nodeDimensionsIncludeLabels: true,
    packComponents: false,
    padding: PADDING,
    ...options,
  } as unknown as LayoutOptions;
}
