import type { ArticleContext } from "./article-context.js";
import { NAME_WORD } from "./name-patterns.js";
import type { TextSpan } from "./text-span.js";
import { spanOf } from "./text-span.js";

export interface OutletMention {
  name: string;
  /** The words that name it as an outlet ("Website Deadline reported", "told Variety"). */
  span: TextSpan;
  /** "reported": the outlet published a report the article passes on. */
  reported: boolean;
  /** "an interview with X", "told X": words quoted nearby were given to it. */
  interview: boolean;
}

/** Outlets that entertainment articles cite most; others are found by the phrases around them. */
export const KNOWN_OUTLETS = [
  "Deadline",
  "The Hollywood Reporter",
  "Variety",
  "IndieWire",
  "TVLine",
  "Vulture",
  "Collider",
  "Screen Rant",
  "Entertainment Weekly",
  "Rolling Stone",
  "TheWrap",
  "The Wrap",
  "The New York Times",
  "The New Yorker",
  "The Guardian",
  "The Times of Israel",
  "The Jerusalem Post",
  "Haaretz",
  "BBC News",
  "CNN",
];

/** An outlet's name: capitalised words, "of"/"the" between them, never across a sentence's end. */
const OUTLET_NAME = String.raw`(?:The[ \t]+)?${NAME_WORD}(?:[ \t]+(?:of[ \t]+|the[ \t]+)?${NAME_WORD}){0,4}`;
/** Words before an outlet's name that describe it rather than name it ("Website Deadline"). */
const DESCRIPTORS = /^(?:(?:The )?(?:Website|Site|Outlet|Magazine|Newspaper|Trade|Publication|Paper)\s+)/u;

const PATTERNS: Array<{ pattern: RegExp; reported: boolean; interview: boolean }> = [
  {
    pattern: new RegExp(
      String.raw`(?<name>${OUTLET_NAME})[ \t]+(?:first[ \t]+)?(?:reported|reports|has learned|have learned|can reveal|broke the news)`,
      "gu",
    ),
    reported: true,
    interview: false,
  },
  {
    pattern: new RegExp(
      String.raw`(?:[Aa]ccording to|first reported by|reported by|as reported by|,[ \t]+reported)[ \t]+(?<name>${OUTLET_NAME})`,
      "gu",
    ),
    reported: true,
    interview: false,
  },
  {
    pattern: new RegExp(
      String.raw`(?:an?[ \t]+|the[ \t]+)?interview[ \t]+with[ \t]+(?<name>${OUTLET_NAME})`,
      "gu",
    ),
    reported: false,
    interview: true,
  },
  {
    pattern: new RegExp(
      String.raw`(?:told|tells|speaking to|speaking with|said to)[ \t]+(?<name>${OUTLET_NAME})`,
      "gu",
    ),
    reported: false,
    interview: true,
  },
];

/**
 * The outlets an article names as reporting ("Deadline reported", "according to The Hollywood
 * Reporter", "Variety has learned", "first reported by"), as given words ("told Variety",
 * "an interview with IndieWire"), and the known outlets it merely mentions. `notOutlets` holds
 * the people, networks and show the other rule families found ("told Raz" names no outlet).
 */
export function findOutlets(context: ArticleContext, notOutlets: ReadonlySet<string>): OutletMention[] {
  const { text } = context;
  const mentions: OutletMention[] = [];
  for (const { pattern, reported, interview } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const written = match.groups?.name as string;
      const name = written.replace(DESCRIPTORS, "");
      const known = KNOWN_OUTLETS.find((outlet) => name.startsWith(`${outlet} `));
      const kept = known ?? name;
      if (notOutlets.has(kept) || /^(?:The|He|She|They|It|We|I|Netflix)$/.test(kept)) {
        continue;
      }
      const nameEnd = text.indexOf(written, match.index) + (written.length - name.length) + kept.length;
      const end = match[0].endsWith(written) ? nameEnd : match.index + match[0].length;
      mentions.push({
        name: kept,
        span: spanOf(text, match.index, Math.max(end, nameEnd)),
        reported,
        interview,
      });
    }
  }
  for (const outlet of KNOWN_OUTLETS) {
    const at = new RegExp(String.raw`(?<![\p{L}])${outlet}(?![\p{L}])`, "u").exec(text);
    if (at && !mentions.some((mention) => mention.name === outlet)) {
      mentions.push({
        name: outlet,
        span: spanOf(text, at.index, at.index + outlet.length),
        reported: false,
        interview: false,
      });
    }
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}
