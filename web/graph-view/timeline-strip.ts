import { h } from "../shared/dom.js";
import { predicateInWords, valueInWords } from "./claim-words.js";
import { dateInWords } from "./partial-date.js";
import type { AsOf, ShowOnDay, TimelineEvent } from "./time-queries.js";

function asOfWords({ knownOn, validOn }: AsOf): string {
  const day = (value: string) => dateInWords({ value, precision: "DAY" });
  const parts = [
    knownOn ? `as known on ${day(knownOn)}` : null,
    validOn ? `as it was on ${day(validOn)}` : null,
  ];
  return parts.filter(Boolean).join(", ") || "as known now";
}

/** A fact whose value today is not its value on the day: its change, marked. */
function changedSince(fact: ShowOnDay["facts"][number], now: ShowOnDay["factsNow"]): HTMLElement | null {
  const today = now.find((each) => each.predicate === fact.predicate)?.value ?? null;
  if (today === fact.value) {
    return null;
  }
  return h(
    "span",
    { class: "changed" },
    ` (changed since: now ${today === null ? "unknown" : valueInWords(today)})`,
  );
}

/**
 * A show's story beside the drawing: its main facts (each marked when it has changed since) and
 * its timeline as known on the chosen day.
 * Each dated event is a button that replays the graph at the end of that event's date.
 */
export function timelineStrip(
  show: ShowOnDay,
  asOf: AsOf,
  replay: (event: TimelineEvent) => void,
): HTMLElement {
  const eventItem = (event: TimelineEvent) => {
    const button = h(
      "button",
      { type: "button", class: "link", title: "Replay the graph as known at the end of this date" },
      dateInWords(event.date),
    );
    button.addEventListener("click", () => replay(event));
    return h("li", { "data-kind": event.kind }, button, ` ${event.description}`);
  };
  return h(
    "section",
    { class: "timeline", "aria-label": "Timeline" },
    h("h3", {}, `The show ${asOfWords(asOf)}`),
    h(
      "dl",
      { class: "value-map facts" },
      ...show.facts.flatMap((fact) => [
        h("dt", {}, predicateInWords(fact.predicate)),
        h(
          "dd",
          {},
          fact.value === null ? "—" : valueInWords(fact.value),
          fact.contested ? " (sources disagree)" : "",
          changedSince(fact, show.factsNow),
        ),
      ]),
    ),
    show.timeline.events.length === 0
      ? h("p", { class: "muted" }, "No dated event known then.")
      : h("ol", { class: "events" }, ...show.timeline.events.map(eventItem)),
    show.timeline.undated.length === 0
      ? null
      : h(
          "p",
          { class: "muted" },
          `Undated: ${show.timeline.undated.map((event) => event.description).join("; ")}`,
        ),
  );
}
