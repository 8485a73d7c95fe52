import cytoscape from "cytoscape";
import type { Core, NodeSingular, Position } from "cytoscape";
import fcose from "cytoscape-fcose";

import type { GraphNode, GraphRelationship } from "./graph-data.js";
import { compare, edgeElement, edgeId, fcoseLayout, nodeElement, PADDING } from "./graph-elements.js";
import { GRAPH_STYLE } from "./graph-style.js";
import { withSeededRandom, seedFor } from "./seeded-random.js";
import { separateBoxes } from "./separate-boxes.js";

cytoscape.use(fcose);

/** Fitting a handful of nodes would blow them up; past this zoom, labels are too big to help. */
const FIT_ZOOM_LIMIT = 1.3;

export interface GraphCanvasEvents {
  onNodeTap(node: GraphNode): void;
  onEdgeTap(relationship: GraphRelationship): void;
  onBackgroundTap(): void;
}

export interface DrawnGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** Drawn larger: the entity whose neighbourhood this is, or both ends of a path. */
  centreIds: string[];
  /** Relationships drawn as a highlighted path. */
  pathRelationshipIds?: string[];
  /** Where to put each node (paths read best as rows); absent: a force-directed layout. */
  positions?: ReadonlyMap<string, Position>;
}

/** Where a node is drawn, in pixels from the canvas's top-left corner (for tests and screenshots). */
export interface DrawnNode extends GraphNode {
  x: number;
  y: number;
  /** The label's box as drawn, in the same pixels; null when the label is hidden (zoomed far out). */
  label: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** Where a relationship's line has its middle, in pixels from the canvas's top-left corner. */
export interface DrawnRelationship extends GraphRelationship {
  x: number;
  y: number;
  /** Faded by the time control: no claim of it was known (or valid) on the chosen day. */
  faded: boolean;
  /** What the graph learnt of it after the chosen day (claim-changes.ts); empty when nothing. */
  changes: string[];
}

/** Below this rendered size labels are hidden (graph-style.ts: min-zoomed-font-size). */
const MIN_ZOOMED_FONT_SIZE = 6;

/** The class of what the time control hides (graph-style.ts). */
const FADED = "not-known";
/** The class of what the time control marks as changed after the day (graph-style.ts). */
const CHANGED = "changed-later";

/** The cytoscape drawing: what is on it, how it is laid out, and what a click means. */
export class GraphCanvas {
  private readonly cy: Core;

  constructor(container: HTMLElement, events: GraphCanvasEvents) {
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    this.cy.on("tap", "node", (event) => events.onNodeTap(event.target.data("node") as GraphNode));
    this.cy.on("tap", "edge", (event) =>
      events.onEdgeTap(event.target.data("relationship") as GraphRelationship),
    );
    this.cy.on("tap", (event) => {
      if (event.target === this.cy) {
        events.onBackgroundTap();
      }
    });
    // Hovering a node shows its whole name and the types of its relationships; hovering a
    // relationship shows its type. Edge labels are hidden otherwise: around a show they crowd.
    this.cy.on("mouseover", "node", (event) => {
      const node = event.target as NodeSingular;
      node.addClass("hover");
      node.connectedEdges().addClass("hover");
    });
    this.cy.on("mouseover", "edge", (event) => event.target.addClass("hover"));
    this.cy.on("mouseout", "node, edge", () => this.cy.elements(".hover").removeClass("hover"));
  }

  draw({ nodes, relationships, centreIds, pathRelationshipIds = [], positions }: DrawnGraph): void {
    const drawn = new Set(nodes.map((node) => node.id));
    // In id order: the layout then sees the same graph in the same order on every load.
    const sortedNodes = [...nodes].sort((a, b) => compare(a.id, b.id));
    const sortedRelationships = [...relationships].sort((a, b) => compare(a.id, b.id));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(sortedNodes.map((node) => nodeElement(node, positions?.get(node.id))));
      this.cy.add(this.relationshipsBetween(sortedRelationships, drawn).map(edgeElement));
      for (const id of centreIds) {
        this.cy.getElementById(id).addClass("centre");
      }
      for (const id of pathRelationshipIds) {
        this.cy.getElementById(`relationship:${id}`).addClass("on-path");
      }
    });
    if (!positions) {
      const layout = this.cy.layout(fcoseLayout({ randomize: true, quality: "default", fit: false }));
      withSeededRandom(seedFor(sortedNodes.map((node) => node.id)), () => layout.run());
    }
    this.separateLabels(new Set());
    this.fit();
  }

  /**
   * Adds what is new in `subgraph` around `anchorId` and lays out only the new nodes: whatever
   * the reader already looked at stays where it was. Returns how many nodes were new.
   */
  expand(anchorId: string, subgraph: { nodes: GraphNode[]; relationships: GraphRelationship[] }): number {
    const anchor = this.cy.getElementById(anchorId);
    const centre = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const fresh = subgraph.nodes.filter((node) => this.cy.getElementById(node.id).empty());
    const known = new Set([...this.cy.nodes().map((node) => node.id()), ...fresh.map((node) => node.id)]);
    const freshEdges = this.relationshipsBetween(subgraph.relationships, known).filter((relationship) =>
      this.cy.getElementById(edgeId(relationship)).empty(),
    );
    const existing = this.cy.nodes();
    this.cy.batch(() => {
      this.cy.add(
        fresh.map((node, index) => {
          const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
          return nodeElement(node, {
            x: centre.x + 120 * Math.cos(angle),
            y: centre.y + 120 * Math.sin(angle),
          });
        }),
      );
      this.cy.add(freshEdges.map(edgeElement));
      anchor.addClass("expanded");
    });
    if (fresh.length > 0) {
      this.cy
        .layout(
          fcoseLayout({
            randomize: false,
            quality: "proof",
            fit: false,
            fixedNodeConstraint: existing.map((node: NodeSingular) => ({
              nodeId: node.id(),
              position: node.position(),
            })),
          }),
        )
        .run();
      this.separateLabels(new Set(existing.map((node: NodeSingular) => node.id())));
      this.fitIfOutside(fresh.map((node) => node.id));
    }
    return fresh.length;
  }

  fit(): void {
    this.cy.fit(undefined, PADDING);
    if (this.cy.zoom() > FIT_ZOOM_LIMIT) {
      this.cy.zoom(FIT_ZOOM_LIMIT);
      this.cy.center();
    }
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  hasNode(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  node(id: string): GraphNode | undefined {
    return this.cy.getElementById(id).data("node") as GraphNode | undefined;
  }

  counts(): { nodes: number; relationships: number } {
    return { nodes: this.cy.nodes().length, relationships: this.cy.edges().length };
  }

  /** How many nodes of each type are drawn, most common first. */
  types(): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const node of this.cy.nodes()) {
      const type = (node.data("node") as GraphNode).__typename;
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  drawnNodes(): DrawnNode[] {
    const labelShown = 11 * this.cy.zoom() >= MIN_ZOOMED_FONT_SIZE;
    return this.cy.nodes().map((node) => {
      const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      return {
        ...(node.data("node") as GraphNode),
        ...node.renderedPosition(),
        label: labelShown ? { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } : null,
      };
    });
  }

  /**
   * Fades what was not known on a day: every relationship not in `shown`, and every node that no
   * shown relationship touches (but those in `keep`). Null `shown` fades nothing. Nothing moves:
   * a replay is the same picture with parts missing. Relationships in `changes` (what was learnt
   * of them after the day) are marked, their changes kept for the list and the tests.
   */
  fade(
    shown: ReadonlySet<string> | null,
    keep: readonly string[] = [],
    changes: ReadonlyMap<string, string[]> = new Map(),
  ): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass(FADED);
      this.cy.edges().removeClass(CHANGED).removeData("changes");
      if (!shown) {
        return;
      }
      this.cy.edges().forEach((edge) => {
        const changed = changes.get((edge.data("relationship") as GraphRelationship).id);
        if (changed) {
          edge.addClass(CHANGED).data("changes", changed);
        }
      });
      const faded = this.cy
        .edges()
        .filter((edge) => !shown.has((edge.data("relationship") as GraphRelationship).id));
      faded.addClass(FADED);
      this.cy
        .nodes()
        .filter(
          (node) =>
            !keep.includes(node.id()) &&
            node.connectedEdges().filter(`.${FADED}`).length === node.connectedEdges().length,
        )
        .addClass(FADED);
    });
  }

  /** The drawing's zoom, 1 = labels at their own size. */
  zoom(): number {
    return this.cy.zoom();
  }

  drawnRelationships(): DrawnRelationship[] {
    return this.cy.edges().map((edge) => ({
      ...(edge.data("relationship") as GraphRelationship),
      ...edge.renderedMidpoint(),
      faded: edge.hasClass(FADED),
      changes: (edge.data("changes") as string[] | undefined) ?? [],
    }));
  }

  private relationshipsBetween(
    relationships: GraphRelationship[],
    nodeIds: Set<string>,
  ): GraphRelationship[] {
    const seen = new Set<string>();
    return relationships.filter((relationship) => {
      const keep =
        nodeIds.has(relationship.fromId) && nodeIds.has(relationship.toId) && !seen.has(relationship.id);
      seen.add(relationship.id);
      return keep;
    });
  }

  /**
   * Nudges nodes until no two of them, labels included, overlap; those in `fixed` (already seen
   * by the reader) stay put. fCoSE leaves room for labels but does not promise it.
   */
  private separateLabels(fixed: ReadonlySet<string>): void {
    const nodes = this.cy.nodes();
    const items = nodes.map((node) => {
      const position = node.position();
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      return {
        position,
        fixed: fixed.has(node.id()),
        box: {
          x1: box.x1 - position.x,
          y1: box.y1 - position.y,
          x2: box.x2 - position.x,
          y2: box.y2 - position.y,
        },
      };
    });
    const { positions } = separateBoxes(items);
    this.cy.batch(() => {
      nodes.forEach((node, index) => {
        node.position({ ...(positions[index] as Position) });
      });
    });
  }

  private fitIfOutside(ids: string[]): void {
    const extent = this.cy.extent();
    const outside = ids.some((id) => {
      const { x, y } = this.cy.getElementById(id).position();
      return x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2;
    });
    if (outside) {
      this.fit();
    }
  }
}
