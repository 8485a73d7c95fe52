import { h } from "../shared/dom.js";
import type { GraphQLRequest } from "../shared/graphql-client.js";
import type { DetailsPanel } from "./details-panel.js";
import type { GraphCanvas } from "./graph-canvas.js";
import type { GraphNode } from "./graph-data.js";
import { dateInWords } from "./partial-date.js";
import type { AsOf } from "./time-queries.js";
import { fetchRelationshipsAsOf, fetchShowOnDay } from "./time-queries.js";
import { timelineStrip } from "./timeline-strip.js";

/** The neighbourhood drawn now, which a replay asks about again. */
export interface DrawnNeighbourhood {
  entity: GraphNode;
  depth: number;
  limit: number;
}

/**
 * The story over time: replays the drawn neighbourhood at a day (docs/provenance.md, "Two
 * timelines") by fading what no claim known (and valid) that day supports, and shows a show's
 * timeline and facts as known then beside the drawing.
 */
export class Replay {
  private neighbourhood: DrawnNeighbourhood | null = null;

  constructor(
    private readonly request: GraphQLRequest,
    private readonly canvas: GraphCanvas,
    private readonly panel: DetailsPanel,
    /** Sets the time control to a day and replays (a timeline event's button). */
    private readonly replayAt: (asOf: AsOf) => void,
  ) {}

  /** What is drawn changed: a neighbourhood (replayable) or paths (null: not replayed). */
  drawn(neighbourhood: DrawnNeighbourhood | null): void {
    this.neighbourhood = neighbourhood;
    this.panel.setTimeline(null);
  }

  async apply(asOf: AsOf): Promise<void> {
    const drawn = this.neighbourhood;
    if (!drawn) {
      this.canvas.fade(null);
      return;
    }
    const now = asOf.knownOn === null && asOf.validOn === null;
    // Apart: a timeline that fails (or is slow) must not keep the drawing from being replayed.
    const [relationships, show] = await Promise.allSettled([
      now
        ? Promise.resolve(null)
        : fetchRelationshipsAsOf(this.request, { ...drawn, id: drawn.entity.id }, asOf),
      fetchShowOnDay(this.request, drawn.entity.id, asOf),
    ]);
    if (drawn !== this.neighbourhood) {
      return;
    }
    if (relationships.status === "rejected") {
      throw relationships.reason;
    }
    const shown = relationships.value;
    this.canvas.fade(shown?.shown ?? null, [drawn.entity.id], shown?.changes);
    this.panel.setTimeline(
      show.status === "rejected"
        ? h("p", { class: "error" }, `Could not load the timeline: ${(show.reason as Error).message}`)
        : show.value &&
            timelineStrip(show.value, asOf, (event) =>
              this.replayAt({ knownOn: event.date.latest, validOn: asOf.validOn }),
            ),
    );
    if (shown) {
      const total = this.canvas.counts().relationships;
      const day = (value: string | null, words: string) =>
        value ? `${words} ${dateInWords({ value, precision: "DAY" })}` : null;
      const when = [day(asOf.knownOn, "known on"), day(asOf.validOn, "true on")]
        .filter(Boolean)
        .join(" and ");
      const changed = shown.changes.size;
      this.panel.setStatus(
        `Around ${drawn.entity.displayName}, ${when}: ${shown.shown.size} of the ${total} relationships drawn; the others are faded.` +
          (changed === 0 ? "" : ` ${changed} changed later (dashed): the list view says how.`),
      );
    }
  }
}
