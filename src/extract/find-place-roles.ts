import type { ArticleContext } from "./article-context.js";
import { clausesOf } from "./clauses.js";
import { knownPlace } from "./find-places.js";
import { LIST_SEPARATOR, NAME } from "./name-patterns.js";
import type { TextSpan } from "./text-span.js";
import { spanOf } from "./text-span.js";

export type PlaceRole = "SET_IN" | "FILMED_IN" | "PRODUCED_IN";

export interface PlaceRoleMention {
  /** As written, without a leading "the" ("the Bronx" -> "Bronx"). */
  place: string;
  role: PlaceRole;
  /** From the words that give the role to the place's name. */
  span: TextSpan;
}

const CUES: Array<{ role: PlaceRole; pattern: RegExp }> = [
  {
    role: "FILMED_IN",
    pattern:
      /\b(?:filmed|shot|filming (?:took|takes|will take) place|shooting (?:took|takes) place|photographed|lensed)(?:[ \t]+(?:mostly|largely|mainly|entirely|partly|primarily|also|again|on location|chiefly))*[ \t]+(?:in and around|in|at|around|near|outside|on location in)\b|\bbacklot[ \t]+(?:outside|in|near)\b/giu,
  },
  {
    role: "SET_IN",
    pattern:
      /\b(?:set(?:[ \t]+and[ \t]+(?:filmed|shot))?|takes place|take place|unfolds)(?:[ \t]+somewhere)?[ \t]+(?:in|among[ \t]+the[ \t]+\p{Ll}+[ \t]+of|against|amid)\b/giu,
  },
  {
    role: "PRODUCED_IN",
    pattern:
      /\b(?:production[ \t]+(?:is[ \t]+|was[ \t]+)?(?:based|moved|relocated|shifted|headquartered)|produced)[ \t]+(?:to|in)\b/giu,
  },
  {
    // "production on the new season will begin early next year in New York"
    role: "PRODUCED_IN",
    pattern:
      /\b[Pp]roduction(?:[ \t]+on[ \t]+[\p{L}\d \t]{1,30}?)?[ \t]+(?:will[ \t]+)?(?:begins?|began|starts?|started|resumes?|resumed)(?:[ \t]+\p{Ll}+){0,3}?[ \t]+in\b/gu,
  },
];

const WHERE_PARTICIPLE = String.raw`(?:(?:also|always|largely|mostly)[ \t]+)?(?:set|filmed|shot)`;
/** "is set", "was filmed", "has always been filmed", "has been shot". */
const WHERE_VERB = String.raw`(?:is|was|were|are|has|have|had)(?:[ \t]+(?:also|always|largely|mostly))?(?:[ \t]+been)?[ \t]+${WHERE_PARTICIPLE}`;
/** "in Seoul, where the series is set and was filmed": the roles a "where" clause gives the place before it. */
const WHERE = new RegExp(
  String.raw`(?<place>${NAME}),?[ \t]+where[ \t]+(?:[\p{Ll}’']+[ \t]+){0,5}?(?<roles>${WHERE_VERB}(?:[ \t]+and[ \t]+(?:${WHERE_VERB}|${WHERE_PARTICIPLE})|[ \t]+and[ \t]+)?)`,
  "gu",
);

/** "the fictional town of Hawkins", "the state of Durango": what kind of place, before its name. */
const PLACE_KIND = String.raw`(?:(?:the|a)[ \t]+)?(?:\p{Ll}+[ \t]+){0,2}(?:town|city|village|island|state|province|county|region|suburb|borough|neighbo(?:u)?rhood)[ \t]+of[ \t]+`;

const LEADING = new RegExp(
  String.raw`^[ \t]*(?:(?:and|in|the|to|at|with trips to|trips to)[ \t]+)*(?:${PLACE_KIND})?(?<name>${NAME})(?=[ \t]*$|[ \t]+(?:for|in|where|with|during|before|after|on|from|as)\b|[ \t]*[,.;])`,
  "u",
);
const INSIDE = new RegExp(
  String.raw`\b(?:in|outside|near|around|to)[ \t]+(?:(?:the|northern|southern|eastern|western|central|rural|downtown)[ \t]+)*(?:${PLACE_KIND})?(?<name>${NAME})(?=[ \t]*$|[ \t]+(?:for|in|where|with|during|before|after|on|from|as)\b|[ \t]*[,.;])`,
  "u",
);
/** An item with a verb of its own starts another statement ("the drama was shot ..."): the list ends before it. */
const OWN_VERB = /\b(?:is|was|were|are|has|had)\b/u;

/** The places listed after a role's words, to the clause's end: "in Florence, Thailand and Panama". */
function listedPlaces(
  text: string,
  from: number,
  to: number,
): Array<{ name: string; start: number; end: number; qualifier: boolean }> {
  const places: Array<{ name: string; start: number; end: number; qualifier: boolean }> = [];
  let offset = from;
  let separator = "";
  for (const item of text.slice(from, to).split(/(,[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+)/u)) {
    if (LIST_SEPARATOR.test(item) && item.trim().match(/^(?:,|,? ?and)$/)) {
      separator = item;
      offset += item.length;
      continue;
    }
    const itemStart = offset;
    offset += item.length;
    if (OWN_VERB.test(item)) {
      break;
    }
    const leading = LEADING.exec(item);
    const inside = leading ? null : INSIDE.exec(item);
    const name = (leading ?? inside)?.groups?.name;
    if (!name) {
      if (/^(?:in|the|and)?\s*$/.test(item)) {
        continue;
      }
      break;
    }
    const start = itemStart + item.indexOf(name, (leading ?? inside)?.index ?? 0);
    const previous = places.at(-1);
    const place = knownPlace(name);
    const city = previous ? knownPlace(previous.name) : undefined;
    // "Budapest, Hungary"; "Hawkins, Indiana" (a town the gazetteer does not know, in a region it does).
    const qualifier =
      separator.trim() === "," &&
      previous !== undefined &&
      (place?.kind === "COUNTRY" || place?.kind === "REGION") &&
      (city === undefined || (city.kind === "CITY" && city.countryCode === place.countryCode));
    places.push({ name, start, end: start + name.length, qualifier });
    if (inside) {
      break;
    }
  }
  // "Hawkins, Indiana, which ...": two names with only a comma between are a place and where it is.
  const second = places[1];
  if (places.length === 2 && second && /^,[ \t]*$/.test(text.slice(places[0]?.end ?? from, second.start))) {
    second.qualifier = true;
  }
  return places.filter((place) => !place.qualifier);
}

/**
 * Where a show is set, filmed and produced, from the words journalists use: "filmed in",
 * "shot on location in", "filming took place in and around", "a backlot outside", "set in",
 * "set among the towers of", "production is based in", "production moved to", and "where the
 * series is set and was filmed". A country or region after a city and a comma names where the
 * city is, not another place ("Budapest, Hungary").
 */
export function findPlaceRoles(context: ArticleContext): PlaceRoleMention[] {
  const { text } = context;
  const mentions: PlaceRoleMention[] = [];
  const add = (place: string, role: PlaceRole, start: number, end: number) => {
    if (!mentions.some((mention) => mention.place === place && mention.role === role)) {
      mentions.push({ place, role, span: spanOf(text, start, end) });
    }
  };
  for (const sentence of context.nlp.sentences) {
    // A cue may span a clause's cut ("set | and filmed in Chicago"); its places end with the
    // clause the cue ends in.
    const clauses = clausesOf(context, sentence);
    const clauseAt = (offset: number) =>
      clauses.findIndex((candidate) => candidate.start <= offset && offset <= candidate.end);
    const words = text.slice(sentence.start, sentence.end);
    const cues = CUES.flatMap(({ role, pattern }, order) =>
      [...words.matchAll(pattern)].map((match) => {
        const start = sentence.start + match.index;
        return { role, order, start, end: start + match[0].length, clause: clauseAt(start) };
      }),
    ).sort((a, b) => a.clause - b.clause || a.order - b.order || a.start - b.start);
    for (const cue of cues) {
      for (const place of listedPlaces(text, cue.end, clauses[clauseAt(cue.end)]?.end ?? sentence.end)) {
        add(place.name, cue.role, cue.start, place.end);
      }
    }
  }
  for (const match of text.matchAll(WHERE)) {
    const place = match.groups?.place as string;
    const roles = match.groups?.roles as string;
    // "Vancouver, British Columbia, where ...": the city is the place meant.
    const city = new RegExp(String.raw`(?<city>${NAME}),[ \t]+$`, "u").exec(
      text.slice(Math.max(0, match.index - 40), match.index),
    )?.groups?.city;
    const placeKind = knownPlace(place)?.kind;
    const meant =
      city && knownPlace(city)?.kind === "CITY" && (placeKind === "REGION" || placeKind === "COUNTRY")
        ? city
        : place;
    const placeName = meant.replace(/^(?:The|the)\s+/, "");
    if (/\bset\b/.test(roles)) {
      add(placeName, "SET_IN", match.index, match.index + match[0].length);
    }
    if (/\b(?:filmed|shot)\b/.test(roles)) {
      add(placeName, "FILMED_IN", match.index, match.index + match[0].length);
    }
  }
  return mentions;
}
