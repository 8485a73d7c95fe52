/** Where an article names a season, and which: "season 2", "the fourth season", "a second and third season". */
export interface SeasonMention {
  numbers: number[];
  start: number;
  end: number;
}

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];
const CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const ORDINAL = String.raw`(?:${ORDINALS.join("|")}|\d+(?:st|nd|rd|th))`;

function numberOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = Math.max(ORDINALS.indexOf(lower), CARDINALS.indexOf(lower));
  if (index >= 0) {
    return index + 1;
  }
  const digits = /^\d+/.exec(lower);
  return digits ? Number(digits[0]) : undefined;
}

const SEASON_N = new RegExp(String.raw`\b[Ss]eason[ \t]+(?<n>\d+|${CARDINALS.join("|")})\b`, "gu");
/** "the fourth season", "a second and third season", "a final fifth part", "the second season's" */
const NTH_SEASON = new RegExp(
  String.raw`\b(?<first>${ORDINAL})(?:[ \t]+and[ \t]+(?<second>${ORDINAL}))?[ \t]+(?:and[ \t]+final[ \t]+)?(?:season|part|run)s?\b`,
  "giu",
);
/** "final fifth part": the ordinal after "final". */
const FINAL_NTH = new RegExp(String.raw`\bfinal[ \t]+(?<first>${ORDINAL})[ \t]+(?:season|part)\b`, "giu");
/** "the final run", "its last season": the last season, whose number another sentence may give. */
const FINAL_SEASON = /\b(?:final|last)[ \t]+(?:season|run|part)\b/giu;
/** "will end with its third season", "concludes with its fourth season": the number of the final season. */
const ENDS_WITH = new RegExp(
  String.raw`\b(?:end|ends|ended|conclude|concludes|concluded|wrap|wraps)[ \t]+with[ \t]+(?:its|a|the)[ \t]+(?<first>${ORDINAL})[ \t]+season\b`,
  "giu",
);

/** The number of the final season, if the article says which it is. */
export function finalSeasonOf(text: string): number | undefined {
  const match = new RegExp(ENDS_WITH.source, "iu").exec(text);
  return match?.groups?.first ? numberOf(match.groups.first) : undefined;
}

/** Every season named in `text`, from `offset` on (a clause's text and where it starts). */
export function findSeasons(text: string, offset: number, finalSeason: number | undefined): SeasonMention[] {
  const mentions: SeasonMention[] = [];
  const add = (numbers: Array<number | undefined>, start: number, end: number) => {
    const known = numbers.filter((value): value is number => value !== undefined);
    if (
      known.length > 0 &&
      !mentions.some((mention) => mention.start < end + offset && start + offset < mention.end)
    ) {
      mentions.push({ numbers: known, start: offset + start, end: offset + end });
    }
  };
  for (const match of text.matchAll(SEASON_N)) {
    add([numberOf(match.groups?.n ?? "")], match.index, match.index + match[0].length);
  }
  for (const pattern of [FINAL_NTH, NTH_SEASON]) {
    for (const match of text.matchAll(pattern)) {
      add(
        [numberOf(match.groups?.first ?? ""), numberOf(match.groups?.second ?? "")],
        match.index,
        match.index + match[0].length,
      );
    }
  }
  for (const match of text.matchAll(FINAL_SEASON)) {
    add([finalSeason], match.index, match.index + match[0].length);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * "the fourth arrived", "the third, which began airing": an ordinal right before an event word,
 * or before a relative clause that the event word opens, stands for that season.
 */
export function ordinalBefore(text: string, end: number): number | undefined {
  const match = new RegExp(
    String.raw`\bthe[ \t]+(?<first>${ORDINAL})(?:,[ \t]+(?:which|that)(?:[ \t]+(?:has|had|was|is|will))?)?[ \t]+$`,
    "iu",
  ).exec(text.slice(Math.max(0, end - 36), end));
  return match?.groups?.first ? numberOf(match.groups.first) : undefined;
}
