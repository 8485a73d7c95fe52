import { h } from "../shared/dom.js";
import type { GraphNode, GraphRelationship } from "./graph-data.js";
import type { EvidenceLoader } from "./relationship-evidence.js";
import { renderValue } from "./render-value.js";
import { colourForType } from "./type-colours.js";

export type StatusKind = "info" | "busy" | "error";

const HINT = "Click a node to add its neighbours; click a relationship to see its properties and sources.";

function swatch(type: string): HTMLElement {
  return h("span", { class: "swatch", style: `background:${colourForType(type)}` });
}

/** The side panel: a status line, what is drawn (counts and a legend), and the selected element. */
export class DetailsPanel {
  readonly element: HTMLElement;
  private readonly status = h("p", { class: "status", role: "status", "aria-live": "polite" });
  private readonly summary = h("p", { class: "summary" });
  private readonly legend = h("ul", { class: "legend", "aria-label": "Node types" });
  private readonly details = h("section", { class: "details", "aria-label": "Selection" });
  private shownRelationship: string | null = null;

  constructor(private readonly loadEvidence: EvidenceLoader | null) {
    this.element = h("aside", { class: "panel" }, this.status, this.summary, this.legend, this.details);
    this.clearSelection();
  }

  setStatus(text: string, kind: StatusKind = "info"): void {
    this.status.textContent = text;
    this.status.dataset.kind = kind;
    document.body.dataset.graphState = kind === "busy" ? "loading" : kind === "error" ? "error" : "ready";
  }

  showCounts(
    { nodes, relationships }: { nodes: number; relationships: number },
    types: Array<[string, number]>,
  ): void {
    this.summary.textContent =
      nodes === 0
        ? ""
        : `${nodes} node${nodes === 1 ? "" : "s"}, ${relationships} relationship${relationships === 1 ? "" : "s"}`;
    this.legend.replaceChildren(
      ...types.map(([type, count]) =>
        h("li", {}, swatch(type), `${type} `, h("span", { class: "muted" }, String(count))),
      ),
    );
  }

  clearSelection(): void {
    this.shownRelationship = null;
    this.details.replaceChildren(h("p", { class: "muted" }, HINT));
  }

  showNode(node: GraphNode, actions: HTMLElement[]): void {
    this.shownRelationship = null;
    this.details.replaceChildren(
      h("h2", {}, swatch(node.__typename), node.displayName),
      h("p", { class: "muted" }, node.__typename),
      h("dl", { class: "value-map" }, h("dt", {}, "id"), h("dd", {}, h("code", {}, node.id))),
      h("div", { class: "actions" }, ...actions),
    );
  }

  showRelationship(
    relationship: GraphRelationship,
    from: GraphNode | undefined,
    to: GraphNode | undefined,
  ): void {
    this.shownRelationship = relationship.id;
    const evidence = h("section", { class: "evidence" }, h("h3", {}, "Sources and quotes"));
    this.details.replaceChildren(
      h("h2", {}, relationship.type),
      h("p", {}, from?.displayName ?? relationship.fromId, " → ", to?.displayName ?? relationship.toId),
      h("h3", {}, "Properties"),
      Object.keys(relationship.properties).length === 0
        ? h("p", { class: "muted" }, "No properties.")
        : renderValue(relationship.properties),
      evidence,
    );
    void this.fillEvidence(relationship, evidence);
  }

  private async fillEvidence(relationship: GraphRelationship, section: HTMLElement): Promise<void> {
    if (!this.loadEvidence) {
      section.append(
        h("p", { class: "muted" }, "This service does not report sources for relationships yet."),
      );
      return;
    }
    const waiting = h("p", { class: "muted" }, "Loading sources…");
    section.append(waiting);
    let content: Node;
    try {
      const evidence = await this.loadEvidence(relationship);
      const empty = evidence === null || (Array.isArray(evidence) && evidence.length === 0);
      content = empty
        ? h("p", { class: "muted" }, "No source is recorded for this relationship.")
        : renderValue(evidence);
    } catch (error) {
      content = h("p", { class: "error" }, `Could not load the sources: ${(error as Error).message}`);
    }
    // The reader may have clicked something else meanwhile.
    if (this.shownRelationship === relationship.id) {
      waiting.replaceWith(content);
    }
  }
}
