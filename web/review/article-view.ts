import { h } from "../shared/dom.js";
import type { Span } from "./review-items.js";

/**
 * The article as given, with the words of the item in view highlighted, so a reviewer reads each
 * proposal against its place in the article. Offsets are UTF-16, as the draft counts them.
 */
export class ArticleView {
  readonly element: HTMLElement;
  private readonly body = h("div", { class: "article-text", tabindex: "0", "aria-label": "The article" });
  private readonly caption = h("p", { class: "muted" });

  constructor(private readonly text: string) {
    this.element = h(
      "section",
      { class: "article", "aria-label": "The article" },
      h("h2", {}, "The article"),
      this.caption,
      this.body,
    );
    this.show([], "");
  }

  /** Highlights `spans` (overlaps merged) and scrolls the article to the first. */
  show(spans: Span[], what: string): void {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const parts: Array<Node | string> = [];
    let at = 0;
    for (const { start, end } of sorted) {
      const from = Math.max(start, at);
      if (end <= from) {
        continue;
      }
      parts.push(this.text.slice(at, from), h("mark", {}, this.text.slice(from, end)));
      at = end;
    }
    parts.push(this.text.slice(at));
    this.body.replaceChildren(...parts);
    this.caption.textContent =
      what === "" ? "Point at or focus a proposal to see where the article says it." : `Highlighted: ${what}`;
    // Scrolls the article only, never the page: the card being read stays where it is.
    const mark = this.body.querySelector("mark");
    if (mark) {
      this.body.scrollTop = mark.offsetTop - this.body.offsetTop - 40;
    }
  }
}
