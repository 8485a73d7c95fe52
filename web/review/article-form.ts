import { h } from "../shared/dom.js";
import type { FactsRecord } from "./extract-request.js";

/** The article's own fields a reviewer checks; its text and what it cites come from the draft. */
const FIELDS: Array<[string, string]> = [
  ["id", "Id"],
  ["title", "Title"],
  ["url", "URL"],
  ["author", "Author"],
  ["publishedDate", "Published (YYYY, YYYY-MM or YYYY-MM-DD)"],
  ["language", "Language"],
];

/** The article record of the reviewed file: the draft's, with the fields as the reviewer leaves them. */
export class ArticleForm {
  readonly element: HTMLElement;
  private readonly inputs = new Map<string, HTMLInputElement>();
  readonly problems = h("ul", { class: "problems", hidden: "" });

  constructor(private readonly draft: FactsRecord) {
    this.element = h(
      "fieldset",
      { class: "article-form", id: "article-form", tabindex: "-1" },
      h("legend", {}, "Article"),
      ...FIELDS.map(([name, label]) => {
        const input = h("input", {
          type: "text",
          name,
          value: typeof draft[name] === "string" ? draft[name] : "",
        });
        this.inputs.set(name, input);
        return h("label", {}, h("span", {}, label), input);
      }),
      this.problems,
    );
  }

  /** The article record: the draft's text and cites, these fields as typed (an empty one left out). */
  record(): FactsRecord {
    const record: FactsRecord = { ...this.draft };
    for (const [name, input] of this.inputs) {
      const value = input.value.trim();
      if (value === "") {
        delete record[name];
      } else {
        record[name] = value;
      }
    }
    return record;
  }

  showProblems(messages: string[]): void {
    this.problems.replaceChildren(...messages.map((message) => h("li", {}, message)));
    this.problems.hidden = messages.length === 0;
  }
}
