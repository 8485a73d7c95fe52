import { h } from "../shared/dom.js";
import type { GraphNode, GraphRelationship } from "./graph-data.js";
import { predicateInWords } from "./claim-words.js";

export interface NeighbourhoodListEvents {
  onNode(node: GraphNode): void;
  onRelationship(relationship: GraphRelationship): void;
}

/**
 * What is drawn, as a table of relationships (from, relationship, to), for screen readers, the
 * keyboard and people who prefer tables. Every name and relationship is a button doing what a
 * click on the drawing does.
 */
export class NeighbourhoodList {
  readonly element: HTMLElement;
  private readonly body = h("tbody");
  /** What the time control found changed after its day, by relationship id (claim-changes.ts). */
  private changes: ReadonlyMap<string, string[]> = new Map();

  constructor(private readonly events: NeighbourhoodListEvents) {
    this.element = h(
      "section",
      { class: "neighbourhood-list", "aria-label": "What is drawn, as a list", hidden: "" },
      h(
        "table",
        {},
        h("caption", {}, "Every relationship drawn, from one entity to another"),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "From"),
            h("th", { scope: "col" }, "Relationship"),
            h("th", { scope: "col" }, "To"),
          ),
        ),
        this.body,
      ),
    );
  }

  update(
    relationships: GraphRelationship[],
    node: (id: string) => GraphNode | undefined,
    changes: ReadonlyMap<string, string[]> = this.changes,
  ): void {
    this.changes = changes;
    const nodeButton = (id: string) => {
      const found = node(id);
      if (!found) {
        return h("td", {}, "?");
      }
      const button = h("button", { type: "button", class: "link" }, found.displayName);
      button.addEventListener("click", () => this.events.onNode(found));
      return h("td", {}, button, h("span", { class: "muted" }, ` ${found.__typename}`));
    };
    const rows = [...relationships]
      .map((relationship) => ({ relationship, from: node(relationship.fromId), to: node(relationship.toId) }))
      .sort(
        (a, b) =>
          (a.from?.displayName ?? "").localeCompare(b.from?.displayName ?? "") ||
          a.relationship.type.localeCompare(b.relationship.type) ||
          (a.to?.displayName ?? "").localeCompare(b.to?.displayName ?? ""),
      );
    this.body.replaceChildren(
      ...rows.map(({ relationship }) => {
        const button = h(
          "button",
          {
            type: "button",
            class: "link",
            "aria-label": `Sources of: ${node(relationship.fromId)?.displayName ?? "?"} ${predicateInWords(relationship.type)} ${node(relationship.toId)?.displayName ?? "?"}`,
          },
          predicateInWords(relationship.type),
        );
        button.addEventListener("click", () => this.events.onRelationship(relationship));
        const changes = this.changes.get(relationship.id) ?? [];
        return h(
          "tr",
          { "data-type": relationship.type },
          nodeButton(relationship.fromId),
          h(
            "td",
            {},
            button,
            changes.length === 0
              ? null
              : h("span", { class: "changed" }, ` changed later: ${changes.join("; ")}`),
          ),
          nodeButton(relationship.toId),
        );
      }),
    );
  }
}
