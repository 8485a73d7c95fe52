import { h } from "../shared/dom.js";
import type { AsOf } from "./time-queries.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Two dates that replay the drawing: "Known on" (what the graph knew that day) and "Valid on"
 * (what was true that day), and a button back to now. `onChange` gets the days set (null: no
 * limit) whenever one changes.
 */
export class TimeControl {
  readonly element: HTMLElement;
  private readonly knownOn = h("input", { type: "date", "aria-label": "Known on", min: "1900-01-01" });
  private readonly validOn = h("input", { type: "date", "aria-label": "Valid on", min: "1900-01-01" });

  constructor(private readonly onChange: (asOf: AsOf) => void) {
    const now = h("button", { type: "button" }, "Now");
    now.addEventListener("click", () => this.set({ knownOn: null, validOn: null }));
    for (const input of [this.knownOn, this.validOn]) {
      input.addEventListener("change", () => this.onChange(this.value()));
    }
    this.element = h(
      "form",
      { class: "time-control", "aria-label": "Replay over time" },
      h(
        "label",
        { title: "What the graph knew at the end of this day" },
        h("span", {}, "Known on"),
        this.knownOn,
      ),
      h(
        "label",
        { title: "What was true in the world on this day" },
        h("span", {}, "Valid on"),
        this.validOn,
      ),
      now,
    );
    this.element.addEventListener("submit", (event) => event.preventDefault());
  }

  value(): AsOf {
    const day = (input: HTMLInputElement) => (DAY.test(input.value) ? input.value : null);
    return { knownOn: day(this.knownOn), validOn: day(this.validOn) };
  }

  /** Sets both days (a timeline event's date, say) and replays. */
  set({ knownOn, validOn }: AsOf): void {
    this.knownOn.value = knownOn ?? "";
    this.validOn.value = validOn ?? "";
    this.onChange(this.value());
  }
}
