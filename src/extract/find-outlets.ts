import type { TextSpan } from "./text-span.js";
import { spanOf } from "./text-span.js";

export interface OutletMention {
  name: string;
  /** The words that name it as an outlet ("Website Deadline reported", "an interview with ..."). */
  span: TextSpan;
  /** "reported": the outlet published a report the article passes on. */
  reported: boolean;
  /** "an interview with X": words quoted nearby were given to it. */
  interview: boolean;
}

/** Outlets that entertainment articles cite most; others are found by the phrases around them. */
const KNOWN_OUTLETS = [
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
  "The Guardian",
  "The Times of Israel",
  "The Jerusalem Post",
  "Haaretz",
  "BBC",
  "CNN",
];

const OUTLET_NAME = String.raw`(?:The )?\p{Lu}[\p{L}’'.-]*(?: (?:of |the )?\p{Lu}[\p{L}’'.-]*)*`;
/** Words before an outlet's name that describe it rather than name it ("Website Deadline"). */
const DESCRIPTORS = /^(?:(?:The )?(?:Website|Site|Outlet|Magazine|Newspaper|Trade|Publication|Paper)\s+)/u;

const PATTERNS: Array<{ pattern: RegExp; reported: boolean; interview: boolean }> = [
  {
    pattern: new RegExp(
      String.raw`(?<name>${OUTLET_NAME}) (?:first )?(?:reported|reports|revealed|announced|confirmed)`,
      "gu",
    ),
    reported: true,
    interview: false,
  },
  {
    pattern: new RegExp(String.raw`(?:an? |the )?interview with (?<name>${OUTLET_NAME})`, "gu"),
    reported: false,
    interview: true,
  },
  {
    pattern: new RegExp(
      String.raw`(?:according to|told|speaking to|reported by) (?<name>${OUTLET_NAME})`,
      "gu",
    ),
    reported: false,
    interview: false,
  },
];

/** The outlets an article names as reporting or interviewing, and the known outlets it mentions. */
export function findOutlets(text: string): OutletMention[] {
  const mentions: OutletMention[] = [];
  for (const { pattern, reported, interview } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const written = match.groups?.name as string;
      const trailingDots = written.length - written.replace(/\.+$/, "").length;
      const name = written.slice(0, written.length - trailingDots).replace(DESCRIPTORS, "");
      if (name.split(" ").length > 6) {
        continue;
      }
      const end = match.index + match[0].length - trailingDots;
      mentions.push({ name, span: spanOf(text, match.index, end), reported, interview });
    }
  }
  for (const outlet of KNOWN_OUTLETS) {
    const at = new RegExp(String.raw`(?<![\p{L}])${outlet.replace(/ /g, " ")}(?![\p{L}])`, "u").exec(text);
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
