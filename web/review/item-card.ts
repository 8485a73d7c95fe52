import { h } from "../shared/dom.js";
import { predicateInWords, valueInWords } from "../graph-view/claim-words.js";
import { quoteInContext } from "../graph-view/quote-context.js";
import { editForm } from "./edit-form.js";
import type { Decision, ReviewItem } from "./review-items.js";

/** How many places of the article a card quotes; the article view shows the rest. */
const CONTEXTS_SHOWN = 2;

export interface CardContext {
  /** The article's text, as the draft's offsets count it. */
  text: string;
  /** A reference's name for a reader (`Person:lior-raz` → "Lior Raz"); the reference itself when unknown. */
  nameOf(reference: string): string;
  /** The decision or the record changed: counts and the document are out of date. */
  onChange(item: ReviewItem): void;
  /** The card has the focus or the pointer: show its words in the article. */
  onShow(item: ReviewItem): void;
}

/** What an item proposes, in one line: "Person: Lior Raz", "Lior Raz plays Segev Azulai". */
export function itemInWords(item: ReviewItem, nameOf: (reference: string) => string): string {
  const { record } = item;
  if (item.kind === "entities") {
    const name = record.title ?? record.name;
    return `${String(record.type)}: ${typeof name === "string" ? name : nameOf(`${String(record.type)}:${String(record.id)}`)}`;
  }
  if (item.kind === "quotes") {
    return `Quote: “${String(record.text)}”`;
  }
  const subject = nameOf(String(record.subject));
  const predicate = predicateInWords(String(record.predicate));
  const object = typeof record.object === "string" ? ` ${nameOf(record.object)}` : "";
  const value = typeof record.value === "string" ? `: ${valueInWords(record.value)}` : "";
  const from = typeof record.validFrom === "string" ? ` (from ${valueInWords(record.validFrom)})` : "";
  return `${subject} ${predicate}${object}${value}${from}`;
}

const DECISIONS: Array<[Exclude<Decision, "undecided">, string]> = [
  ["accepted", "Accept"],
  ["rejected", "Reject"],
];

/**
 * One proposal as a card: what it says, the article's words it came from (highlighted in their
 * sentence), and Accept, Edit and Reject. Edit opens the record's fields; saving an edit accepts it.
 */
export class ItemCard {
  readonly element: HTMLElement;
  private readonly heading = h("h3", {});
  private readonly problems = h("ul", { class: "problems", hidden: "" });
  private readonly buttons: Map<Decision, HTMLButtonElement> = new Map();
  private readonly editButton = h("button", { type: "button", "aria-expanded": "false" }, "Edit");
  private readonly editSlot = h("div", {});

  constructor(
    readonly item: ReviewItem,
    private readonly context: CardContext,
  ) {
    const id = `item-${item.key.replace(/\W+/g, "-")}`;
    this.heading.id = `${id}-title`;
    for (const [decision, text] of DECISIONS) {
      const button = h(
        "button",
        { type: "button", class: `decide ${decision}`, "aria-pressed": "false" },
        text,
      );
      button.addEventListener("click", () =>
        this.decide(item.decision === decision ? "undecided" : decision),
      );
      this.buttons.set(decision, button);
    }
    this.editButton.addEventListener("click", () => this.toggleEdit());
    this.element = h(
      "article",
      { class: "item", id, "aria-labelledby": this.heading.id, "data-kind": item.kind, tabindex: "-1" },
      this.heading,
      this.contexts(),
      typeof item.record.note === "string" ? h("p", { class: "note" }, `Note: ${item.record.note}`) : null,
      this.problems,
      h(
        "div",
        { class: "decisions", role: "group", "aria-label": "Decision" },
        this.buttons.get("accepted") ?? null,
        this.editButton,
        this.buttons.get("rejected") ?? null,
      ),
      this.editSlot,
    );
    for (const event of ["focusin", "mouseenter"]) {
      this.element.addEventListener(event, () => context.onShow(item));
    }
    this.refresh();
  }

  decide(decision: Decision): void {
    this.item.decision = decision;
    this.refresh();
    this.context.onChange(this.item);
  }

  /** The service's problems with this record, by field path (`object: ...`); none clears them. */
  showProblems(messages: string[]): void {
    this.problems.replaceChildren(...messages.map((message) => h("li", {}, message)));
    this.problems.hidden = messages.length === 0;
  }

  /** Names in the heading follow edits of the entities they refer to. */
  refresh(): void {
    this.heading.textContent = itemInWords(this.item, this.context.nameOf);
    for (const [decision, button] of this.buttons) {
      button.setAttribute("aria-pressed", String(this.item.decision === decision));
    }
    this.element.dataset.decision = this.item.decision;
    this.element.dataset.edited = String(this.item.edited);
  }

  private contexts(): HTMLElement {
    const { text } = this.context;
    const shown = this.item.spans.slice(0, CONTEXTS_SHOWN).map(({ start, end }) => {
      const { before, quote, after } = quoteInContext(text.slice(start, end), text, start, end);
      return h("blockquote", {}, before, h("mark", {}, quote), after);
    });
    const more = this.item.spans.length - shown.length;
    return h(
      "div",
      { class: "contexts" },
      ...(shown.length > 0 ? shown : [h("p", { class: "muted" }, "Not quoted from the article.")]),
      more > 0
        ? h("p", { class: "muted" }, `and ${more} more place${more === 1 ? "" : "s"} in the article`)
        : null,
    );
  }

  private toggleEdit(): void {
    if (this.editSlot.firstChild) {
      this.closeEdit();
      return;
    }
    this.editButton.setAttribute("aria-expanded", "true");
    this.editSlot.append(
      editForm(this.item.record, {
        label: `Edit: ${itemInWords(this.item, this.context.nameOf)}`,
        onSave: (record) => {
          this.item.record = record;
          this.item.edited = true;
          this.closeEdit();
          this.decide("accepted");
        },
        onCancel: () => this.closeEdit(),
      }),
    );
    this.editSlot.querySelector<HTMLElement>("input, textarea")?.focus();
  }

  private closeEdit(): void {
    this.editSlot.replaceChildren();
    this.editButton.setAttribute("aria-expanded", "false");
    this.editButton.focus();
  }
}
