import { h } from "../shared/dom.js";
import type { GraphNode, SearchHit } from "./graph-data.js";
import { colourForType } from "./type-colours.js";

const SEARCH_DELAY_MS = 200;

export interface EntityPickerOptions {
  label: string;
  placeholder: string;
  search(text: string): Promise<SearchHit[]>;
  /** A failed search, for the page's message line. */
  onError(error: unknown): void;
}

/**
 * A text box that searches as one types and lists the hits; choosing one (click, or arrows and
 * Enter) fixes the entity. Enter with nothing chosen submits the form, which takes the best hit.
 */
export class EntityPicker {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private chosen: GraphNode | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latestSearch = 0;

  constructor(private readonly options: EntityPickerOptions) {
    const listId = `picker-${options.label.toLowerCase().replace(/\W+/g, "-")}`;
    this.input = h("input", {
      type: "search",
      placeholder: options.placeholder,
      autocomplete: "off",
      spellcheck: "false",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      "aria-label": options.label,
    });
    this.list = h("ul", { id: listId, role: "listbox", class: "picker-hits", hidden: "" });
    this.element = h("label", { class: "picker" }, h("span", {}, options.label), this.input, this.list);
    this.input.addEventListener("input", () => this.onInput());
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
  }

  /** The chosen entity, else the best hit for the text typed, else null (nothing typed or found). */
  async resolve(): Promise<GraphNode | null> {
    if (this.chosen) {
      return this.chosen;
    }
    const text = this.input.value.trim();
    if (text === "") {
      return null;
    }
    const [best] = await this.options.search(text);
    if (best) {
      this.choose(best.node);
    }
    return best?.node ?? null;
  }

  text(): string {
    return this.input.value.trim();
  }

  choose(node: GraphNode): void {
    // A search still pending or under way would open the list again over the choice.
    clearTimeout(this.timer);
    this.latestSearch++;
    this.chosen = node;
    this.input.value = node.displayName;
    this.close();
  }

  private onInput(): void {
    this.chosen = null;
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length < 2) {
      this.close();
      return;
    }
    this.timer = setTimeout(() => void this.runSearch(text), SEARCH_DELAY_MS);
  }

  private async runSearch(text: string): Promise<void> {
    const search = ++this.latestSearch;
    try {
      const hits = await this.options.search(text);
      if (search === this.latestSearch && this.input.value.trim() === text) {
        this.show(hits, text);
      }
    } catch (error) {
      this.options.onError(error);
    }
  }

  private show(hits: SearchHit[], text: string): void {
    this.hits = hits;
    this.active = -1;
    this.list.replaceChildren(
      ...(hits.length === 0
        ? [h("li", { class: "picker-empty" }, `Nothing matches “${text}”.`)]
        : hits.map((hit, index) => {
            const item = h(
              "li",
              { role: "option", id: `${this.list.id}-${index}`, "aria-selected": "false" },
              h("span", { class: "swatch", style: `background:${colourForType(hit.node.__typename)}` }),
              h("span", { class: "hit-name" }, hit.node.displayName),
              h("span", { class: "hit-type" }, hit.node.__typename),
            );
            // mousedown, not click: it comes before the input's blur closes the list.
            item.addEventListener("mousedown", (event) => {
              event.preventDefault();
              this.choose(hit.node);
            });
            return item;
          })),
    );
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  private onKey(event: KeyboardEvent): void {
    if (this.list.hidden || this.hits.length === 0) {
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      for (const [index, item] of [...this.list.children].entries()) {
        item.setAttribute("aria-selected", String(index === this.active));
      }
      this.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
    } else if (event.key === "Enter" && this.active >= 0) {
      event.preventDefault();
      const hit = this.hits[this.active];
      if (hit) {
        this.choose(hit.node);
      }
    } else if (event.key === "Escape") {
      this.close();
    }
  }
}
