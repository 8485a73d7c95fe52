import { h } from "../shared/dom.js";
import type { Claim } from "./claim-data.js";
import { predicateInWords } from "./claim-words.js";
import { copyButton } from "./copy-button.js";
import { evidenceView } from "./evidence-view.js";
import type { GraphNode, GraphRelationship } from "./graph-data.js";
import { propertiesView } from "./properties-view.js";
import { colourForType } from "./type-colours.js";

export type StatusKind = "info" | "busy" | "error";

/** Where the panel gets the evidence it shows (web/graph-view/evidence-queries.ts). */
export interface EvidenceSource {
  node(node: GraphNode): Promise<Claim[]>;
  relationship(relationship: GraphRelationship): Promise<Claim[]>;
  /** Article texts by article id, for the quotes of these claims. */
  texts(claims: Claim[]): Promise<Map<string, string>>;
}

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
  private readonly timeline = h("div", { class: "timeline-slot" });
  /** What the details show now: an answer that comes back after another click is dropped. */
  private shown: string | null = null;

  constructor(private readonly evidence: EvidenceSource) {
    this.element = h(
      "aside",
      { class: "panel" },
      this.status,
      this.summary,
      this.legend,
      this.timeline,
      this.details,
    );
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

  /** A show's timeline beside the drawing (time-control replays), or nothing. */
  setTimeline(content: HTMLElement | null): void {
    this.timeline.replaceChildren(...(content ? [content] : []));
  }

  clearSelection(): void {
    this.shown = null;
    this.details.replaceChildren(h("p", { class: "muted" }, HINT));
  }

  /** Replaces the details with `content` (a path's citations, say); nothing is loaded for it. */
  showContent(...content: HTMLElement[]): void {
    this.shown = null;
    this.details.replaceChildren(...content);
  }

  showNode(node: GraphNode, actions: HTMLElement[]): void {
    this.shown = node.id;
    const evidence = h(
      "section",
      { class: "evidence", "aria-label": "How we know" },
      h("h3", {}, "How we know"),
    );
    this.details.replaceChildren(
      h("h2", {}, swatch(node.__typename), node.displayName),
      h("p", { class: "muted" }, node.__typename),
      h("div", { class: "actions" }, ...actions, copyButton(node.id, node.displayName)),
      evidence,
    );
    void this.fillEvidence(node.id, evidence, () => this.evidence.node(node));
  }

  showRelationship(
    relationship: GraphRelationship,
    from: GraphNode | undefined,
    to: GraphNode | undefined,
  ): void {
    this.shown = relationship.id;
    const evidence = h("section", { class: "evidence", "aria-label": "Sources" }, h("h3", {}, "Sources"));
    const [fromName, toName] = [from?.displayName ?? "?", to?.displayName ?? "?"];
    this.details.replaceChildren(
      h("h2", {}, `${fromName} ${predicateInWords(relationship.type)} ${toName}`),
      h("p", { class: "muted" }, `Relationship ${relationship.type}, from ${fromName} to ${toName}`),
      ...[propertiesView(relationship.properties)].filter((view) => view !== null),
      h("div", { class: "actions" }, copyButton(relationship.id, "this relationship")),
      evidence,
    );
    void this.fillEvidence(relationship.id, evidence, () => this.evidence.relationship(relationship));
  }

  private async fillEvidence(
    shown: string,
    section: HTMLElement,
    load: () => Promise<Claim[]>,
  ): Promise<void> {
    const waiting = h("p", { class: "muted" }, "Loading sources…");
    section.append(waiting);
    let content: HTMLElement;
    try {
      const claims = await load();
      content =
        claims.length === 0
          ? h("p", { class: "muted" }, "No claim is recorded for it.")
          : evidenceView(claims, await this.evidence.texts(claims));
    } catch (error) {
      content = h("p", { class: "error" }, `Could not load the sources: ${(error as Error).message}`);
    }
    if (this.shown === shown) {
      waiting.replaceWith(content);
      section.dataset.loaded = "true";
    }
  }
}
