import type { ArticleContext } from "./article-context.js";
import { sentenceAt } from "./article-context.js";
import type { DraftBuilder } from "./draft-builder.js";
import { idOf, support } from "./draft-builder.js";
import type { EventMention } from "./find-events.js";
import { findEvents } from "./find-events.js";
import type { NetworkMention } from "./find-networks.js";

/** Every network named, as a Network entity (its kind when known). */
export function addNetworks(builder: DraftBuilder, networks: NetworkMention[]): void {
  for (const { network, span } of networks) {
    builder.entity({
      type: "Network",
      id: idOf(network.name),
      name: network.name,
      ...(network.kind ? { kind: network.kind } : {}),
      note: `named at ${span.start}: "${span.quote}"`,
    });
  }
}

/** The network named nearest the event's words in its sentence, if any. */
function networkOf(
  context: ArticleContext,
  networks: NetworkMention[],
  event: EventMention,
): NetworkMention | undefined {
  const sentence = sentenceAt(context, event.cue.start);
  const gap = (mention: NetworkMention) =>
    mention.span.start >= event.cue.end
      ? mention.span.start - event.cue.end
      : event.cue.start - mention.span.end;
  return networks
    .filter((mention) => mention.span.start >= sentence.start && mention.span.end <= sentence.end)
    .sort((a, b) => gap(a) - gap(b))[0];
}

/**
 * "Fox canceled it on May 10 ... NBC ordered a sixth season": an order by another network,
 * written after a cancellation and not dated before it, is that network picking the show up.
 * ("Renewed" stays a renewal: a network renews what it already carries.)
 */
function pickedUpAfterCancellation(
  event: EventMention,
  words: string,
  networkRef: string | undefined,
  canceledBy: { network: string; date?: string } | undefined,
): boolean {
  return (
    event.kind === "RENEWED" &&
    /^order/i.test(words) &&
    networkRef !== undefined &&
    canceledBy !== undefined &&
    canceledBy.network !== networkRef &&
    !(event.date !== undefined && canceledBy.date !== undefined && event.date < canceledBy.date)
  );
}

/**
 * Events as claims (docs/extraction.md, "How events are written"): a premiere is `premiereDate`
 * on the show, or on a Season for a later season (seasons are kept apart from the show); a
 * cancellation is `status: CANCELED` (from its date) and the network's CANCELED; a renewal is
 * `status: RUNNING` (from its date) and the renewed Season; an end is `status: ENDED`; a pick-up
 * is the new network's CARRIES (`original: false`, from its date). A Season's SEASON_OF claim
 * quotes the same words as the event that names it.
 */
export function addEvents(
  builder: DraftBuilder,
  context: ArticleContext,
  found: { show: string; showId: string; networks: NetworkMention[] },
): void {
  const { show, showId } = found;
  let canceledBy: { network: string; date?: string } | undefined;
  for (const mention of findEvents(context)) {
    const network = networkOf(context, found.networks, mention);
    const networkRef = network ? `Network:${idOf(network.network.name)}` : undefined;
    const event = pickedUpAfterCancellation(
      mention,
      context.text.slice(mention.cue.start, mention.cue.end),
      networkRef,
      canceledBy,
    )
      ? { ...mention, kind: "PICKED_UP" as const }
      : mention;
    if (event.kind === "CANCELED" && networkRef) {
      canceledBy = { network: networkRef, ...(event.date ? { date: event.date } : {}) };
    } else if (event.kind === "PICKED_UP") {
      // The new network carries it now: its later orders are renewals.
      canceledBy = undefined;
    }
    const words = support(event.span);
    const dated = event.date ? { validFrom: event.date } : {};
    let season: string | undefined;
    if (event.season !== undefined) {
      season = builder.entity({
        type: "Season",
        id: `${showId}/season-${event.season}`,
        show: showId,
        number: event.season,
      });
      builder.claim({ subject: season, predicate: "SEASON_OF", object: show, support: words });
    }
    switch (event.kind) {
      case "PREMIERED":
        if (event.date) {
          builder.claim({
            subject: season ?? show,
            predicate: "premiereDate",
            value: event.date,
            support: words,
          });
        }
        if (networkRef && season === undefined) {
          builder.claim({
            subject: networkRef,
            predicate: "CARRIES",
            object: show,
            properties: { original: true },
            support: words,
          });
        }
        break;
      case "CANCELED":
        builder.claim({ subject: show, predicate: "status", value: "CANCELED", ...dated, support: words });
        if (networkRef) {
          builder.claim({
            subject: networkRef,
            predicate: "CANCELED",
            object: show,
            ...(event.date ? { properties: { date: event.date } } : {}),
            support: words,
          });
        }
        break;
      case "RENEWED":
        builder.claim({ subject: show, predicate: "status", value: "RUNNING", ...dated, support: words });
        break;
      case "ENDED":
        builder.claim({ subject: show, predicate: "status", value: "ENDED", ...dated, support: words });
        break;
      case "PICKED_UP":
        if (networkRef) {
          builder.claim({
            subject: networkRef,
            predicate: "CARRIES",
            object: show,
            properties: { original: false },
            ...dated,
            support: words,
          });
        }
        break;
    }
  }
}
