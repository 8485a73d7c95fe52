import { h } from "../shared/dom.js";
import { pageTitle } from "../shared/page-title.js";
import type { SearchHit } from "./graph-data.js";
import { EntityPicker } from "./entity-picker.js";

export interface ToolbarOptions {
  search(text: string): Promise<SearchHit[]>;
  onSearchError(error: unknown): void;
  onNeighbourhood(): void;
  onPaths(): void;
}

function numberSelect(label: string, values: number[], selected: number): HTMLSelectElement {
  return h(
    "select",
    { "aria-label": label },
    ...values.map((value) =>
      h("option", { value: String(value), ...(value === selected ? { selected: "" } : {}) }, String(value)),
    ),
  );
}

function submitOn(form: HTMLFormElement, action: () => void): HTMLFormElement {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    action();
  });
  return form;
}

/** The two questions the page answers: an entity's neighbourhood, and the paths between two. */
export class Toolbar {
  readonly element: HTMLElement;
  readonly from: EntityPicker;
  readonly to: EntityPicker;
  readonly depth = numberSelect("Depth", [1, 2, 3], 2);
  readonly maxLength = numberSelect("Longest path, in steps", [1, 2, 3, 4, 5, 6], 4);

  constructor(options: ToolbarOptions) {
    const picker = (label: string, placeholder: string) =>
      new EntityPicker({ label, placeholder, search: options.search, onError: options.onSearchError });
    this.from = picker("Entity", "A show, a person, a character…");
    this.to = picker("Path to", "Another entity");
    this.element = h(
      "header",
      { class: "toolbar" },
      pageTitle("graph view", "/explore"),
      submitOn(
        h(
          "form",
          { class: "query", "aria-label": "Neighbourhood" },
          this.from.element,
          h("label", {}, h("span", {}, "Depth"), this.depth),
          h("button", { type: "submit" }, "Show neighbourhood"),
        ),
        options.onNeighbourhood,
      ),
      submitOn(
        h(
          "form",
          { class: "query", "aria-label": "Paths" },
          this.to.element,
          h("label", {}, h("span", {}, "Steps"), this.maxLength),
          h("button", { type: "submit" }, "Find paths"),
        ),
        options.onPaths,
      ),
    );
  }
}
