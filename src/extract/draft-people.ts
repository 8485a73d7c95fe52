import type { ArticleContext } from "./article-context.js";
import type { DraftBuilder } from "./draft-builder.js";
import { idOf, support } from "./draft-builder.js";
import { findCast } from "./find-cast.js";
import { findCrew } from "./find-crew.js";
import type { OutletMention } from "./find-outlets.js";
import { findQuotes } from "./find-quotes.js";
import { PersonNames } from "./person-names.js";

/** How far before quoted words "an interview with X" or "X told Y" still tells whom they were given to. */
const INTERVIEW_REACH = 600;

export interface People {
  registry: PersonNames;
  names(): string[];
}

/**
 * The cast (PLAYS + CHARACTER_IN, billed in the order named) and the crew (WORKED_ON with its
 * job), people named by surname resolved to the full name the article gave first.
 */
export function addPeople(
  builder: DraftBuilder,
  context: ArticleContext,
  found: { show: string; showId: string; showTitle: string; notPeople: ReadonlySet<string> },
): People {
  const written = findCast(context, found.notPeople);
  const crew = findCrew(context, found.notPeople);
  const characters = new Set(written.map((pair) => pair.character));
  const registry = new PersonNames(context.text, new Set([...found.notPeople, ...characters]));
  written.forEach((pair) => registry.add(pair.actor));
  crew.forEach((mention) => registry.add(mention.person));
  registry.addUnclaimedNames(new Set([...found.notPeople, ...characters]));
  // "he was cast as ...": the person named last before the pronoun.
  const cast = written.flatMap((pair) => {
    if (!/^(?:he|she)$/.test(pair.actor)) {
      return [pair];
    }
    const actor = registry.lastBefore(pair.span.start);
    return actor ? [{ ...pair, actor }] : [];
  });
  const person = (name: string) => {
    const full = registry.resolve(name);
    return builder.entity({ type: "Person", id: idOf(full), name: full });
  };
  // A one-word actor is kept only when the article gives the full name elsewhere ("Raz, who plays ...").
  const named = cast.filter((pair) => registry.resolve(pair.actor).split(/\s+/).length >= 2);
  named.forEach((pair, index) => {
    const actor = person(pair.actor);
    const role = builder.entity({
      type: "Character",
      id: `${found.showId}/${idOf(pair.character)}`,
      name: pair.character,
      show: found.showId,
    });
    builder.claim({
      subject: actor,
      predicate: "PLAYS",
      object: role,
      properties: { billingOrder: index + 1 },
      support: support(pair.span),
    });
    builder.claim({
      subject: role,
      predicate: "CHARACTER_IN",
      object: found.show,
      support: support(pair.span),
    });
  });
  for (const mention of crew) {
    builder.claim({
      subject: person(mention.person),
      predicate: "WORKED_ON",
      object: found.show,
      properties: { job: mention.job },
      support: support(mention.span),
    });
  }
  const names = () => [
    ...new Set([
      ...cast.map((pair) => registry.resolve(pair.actor)),
      ...crew.map((mention) => registry.resolve(mention.person)),
    ]),
  ];
  return { registry, names };
}

/**
 * Quotes (with `about` the show), SAID_BY their speaker (a surname or "he" resolved to the person
 * named before), and GIVEN_TO the outlet the attribution names ("told Variety"), or else the one
 * the same speaker told earlier, or an "interview with" outlet named shortly before.
 */
export function addQuotes(
  builder: DraftBuilder,
  context: ArticleContext,
  found: { show: string; people: People; outlets: OutletMention[] },
): void {
  const counts = new Map<string, number>();
  const toldBy = new Map<string, { outlet: string; at: number }>();
  for (const mention of findQuotes(context)) {
    const first = mention.runs[0];
    if (!first) {
      continue;
    }
    const written = /^(?:he|she|they)$/i.test(mention.speaker)
      ? found.people.registry.lastBefore(first.start)
      : mention.speaker;
    if (!written || found.outlets.some((outlet) => outlet.name === written)) {
      continue;
    }
    const speaker = found.people.registry.resolve(written);
    const speakerId = idOf(speaker);
    const person = builder.entity({ type: "Person", id: speakerId, name: speaker });
    const entity = builder.entities.find((candidate) => `${candidate.type}:${candidate.id}` === person);
    if (mention.role && entity && entity.note === undefined) {
      entity.note = `speaks as ${mention.role}`;
    }
    const start = first.start;
    const outlet = outletFor(mention.outlet, speaker, start, found.outlets, toldBy, context.text);
    if (mention.outlet && outlet) {
      toldBy.set(speaker, { outlet: outlet.name, at: start });
    }
    for (const run of mention.runs) {
      const count = (counts.get(speakerId) ?? 0) + 1;
      counts.set(speakerId, count);
      const id = `${speakerId}-quote-${count}`;
      builder.quotes.push({ id, text: run.quote, start: run.start, end: run.end, about: [found.show] });
      builder.claim({
        subject: `Quote:${id}`,
        predicate: "SAID_BY",
        object: person,
        support: support(mention.attribution),
      });
      if (outlet) {
        const newsSource = builder.entity({ type: "NewsSource", id: idOf(outlet.name), name: outlet.name });
        builder.claim({
          subject: `Quote:${id}`,
          predicate: "GIVEN_TO",
          object: newsSource,
          support: support(outlet.span),
        });
      }
    }
  }
}

function outletFor(
  named: string | undefined,
  speaker: string,
  start: number,
  outlets: OutletMention[],
  toldBy: Map<string, { outlet: string; at: number }>,
  text: string,
): OutletMention | undefined {
  if (named) {
    // The mention nearest the quote: "Raz told Variety" rather than an earlier "Variety reported".
    const same = outlets.filter(
      (outlet) => outlet.name === named || named.startsWith(outlet.name) || outlet.name.startsWith(named),
    );
    return same.sort((a, b) => Math.abs(a.span.start - start) - Math.abs(b.span.start - start))[0];
  }
  const earlier = toldBy.get(speaker);
  if (earlier && start - earlier.at <= INTERVIEW_REACH) {
    return outlets.find((outlet) => outlet.name === earlier.outlet);
  }
  // "series creator Jesse Armstrong told The New Yorker in an interview": the speaker's own interview.
  const told = outlets.filter(
    (outlet) => outlet.interview && outlet.span.end <= start && start - outlet.span.end <= INTERVIEW_REACH,
  );
  const own = told.filter((outlet) =>
    text
      .slice(Math.max(0, outlet.span.start - 60), outlet.span.start)
      .includes(speaker.split(/\s+/).at(-1) as string),
  );
  if (own.length > 0) {
    return own.at(-1);
  }
  // "during an interview with The Hollywood Reporter", no speaker named: the next quotes were given to it.
  return told.filter((outlet) => /interview/.test(outlet.span.quote)).at(-1);
}
