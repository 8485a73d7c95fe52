import type { ArticleContext } from "./article-context.js";
import { NAME, NAME_WORD, escapeRegExp, trimLeadingWord } from "./name-patterns.js";
import { isNetworkName } from "./network-names.js";
import type { TextSpan } from "./text-span.js";
import { spanOf } from "./text-span.js";

export interface ShowMention {
  title: string;
  span: TextSpan;
  /** Which form named it, for the reviewer's note. */
  how: string;
}

/** A title: capitalised words, digits, "&", and short lower-case words between them ("Shadow and Bone"). */
const TITLE = String.raw`(?:${NAME_WORD}|\d+|&)(?:[ \t]+(?:${NAME_WORD}|\d+|&|of|the|and|de|la|del|in|on|a|to))*?`;

/** A title in quotation marks or italics (Markdown or HTML already blanked to spaces). */
const QUOTED = [
  new RegExp(String.raw`[‘'"“*_](?<title>${NAME_WORD}[^‘’'"“”*_\n]{0,60}?)[’'"”*_](?![\p{L}])`, "gu"),
];

const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;

/** "the series X", "the drama X" in the body. */
const SERIES_NOUN = String.raw`(?:series|drama|show|comedy|thriller|sitcom|procedural|miniseries|mystery)`;
/** What follows a title and is no part of it: "... on May 10", "... in 2018", "... after five seasons". */
const AFTER_TITLE = String.raw`\s+(?:(?:on|in)\s+(?:${MONTH_NAME}|\d)|after\b)`;
const THE_SERIES_X = new RegExp(
  String.raw`\bthe (?:[\p{Ll}-]+ )?${SERIES_NOUN} (?<title>${TITLE})(?=[,.;:]|\s+(?:will|is|was|has|had|returns|came|premiered)\b|${AFTER_TITLE})`,
  "gu",
);
/** "X, the Netflix drama", "Lucifer, the supernatural procedural that ..." */
const X_THE_SERIES = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(?<title>${TITLE}), (?:the|a) (?:[\p{L}+-]+ ){0,3}${SERIES_NOUN}\b(?![’'])`,
  "gu",
);

/** Words a headline puts after a title ("Severance Renewed for ...", "Lucifer Saved: ..."). */
const HEADLINE_VERBS = String.raw`(?:Renewed|Canceled|Cancelled|Axed|Saved|Returns|Will|Gets|Adds|Is|Ends|Confirms|Season|Sets|Lands|Moves|Finds|Casts|Star|Stars|Creator|Showrunner|Premieres|Premiere|Cast|Trailer|Review|Reveals|Wraps|Begins)`;
const HEADLINE_START = new RegExp(
  String.raw`^(?<title>${TITLE})(?:[ \t]+${HEADLINE_VERBS}\b|[ \t]*[:–—]|[ \t]+-[ \t])`,
  "u",
);

/** "Netflix cancels X", "Apple Renews X for": a network's verb, then the title. */
const HEADLINE_OBJECT = new RegExp(
  String.raw`\b(?:Cancels|Renews|Axes|Picks Up|Orders|Revives|Saves)[ \t]+(?<title>${TITLE})(?=[ \t]+(?:After|For|For|at|At|as|As|With|Season)\b|[,:]|$)`,
  "u",
);

function occurrences(text: string, title: string): number {
  return text.split(title).length - 1;
}

/**
 * The show an article is about, best form first: a quoted or italic title in the headline, then
 * the headline's leading title ("Severance Renewed for Season 3", "Borgen – Power & Glory"),
 * a title after a network's verb ("Netflix Cancels X"), then the body's "the series X" or
 * "X, the ... drama", then a quoted title in the body. A candidate must recur in the body.
 */
export function findShow(context: ArticleContext): ShowMention | undefined {
  const { text, headline } = context;
  const body = text.slice(headline.end);
  const candidates: ShowMention[] = [];
  const add = (title: string, start: number, how: string) => {
    const clean = title.trim().replace(/[.,]$/, "");
    if (clean.length > 0 && clean.split(/\s+/).length <= 8) {
      candidates.push({ title: clean, span: spanOf(text, start, start + clean.length), how });
    }
  };
  const quoted = QUOTED.flatMap((pattern) => [...headline.text.matchAll(pattern)]);
  for (const match of quoted) {
    // "‘Yes, Chef’: The Cooks Behind FX’s ‘The Bear’": quoted words before a colon are a kicker
    // (a quote that heads the story), not the title, when the headline quotes a title too.
    const kicker = /^[ \t]*:/.test(headline.text.slice(match.index + match[0].length));
    if (!kicker || quoted.length === 1) {
      add(match.groups?.title as string, headline.start + match.index + 1, "quoted in the headline");
    }
  }
  // "Narcos: Mexico Trades ...": a subtitled title, when the body writes it whole.
  const subtitled = new RegExp(String.raw`^(?<title>${TITLE}:[ \t]+${TITLE})(?![\p{L}])`, "u").exec(
    headline.text,
  );
  if (subtitled?.groups?.title && body.includes(subtitled.groups.title)) {
    add(subtitled.groups.title, headline.start, "the headline's subtitled title");
  }
  const headlineBeforeSeason = new RegExp(
    String.raw`(?<![\p{L}])(?<title>${TITLE})[ \t]+[Ss]eason[ \t]+\d`,
    "u",
  ).exec(headline.text);
  if (headlineBeforeSeason?.groups?.title) {
    add(
      headlineBeforeSeason.groups.title,
      headline.start + headlineBeforeSeason.index,
      "the headline, before its season",
    );
  }
  const object = HEADLINE_OBJECT.exec(headline.text);
  if (object?.groups?.title) {
    add(
      object.groups.title,
      headline.start + object.index + object[0].length - object.groups.title.length,
      "the headline, after a network's verb",
    );
  }
  const leading = HEADLINE_START.exec(headline.text);
  if (leading?.groups?.title) {
    add(leading.groups.title, headline.start, "the headline's leading title");
  }
  for (const pattern of [THE_SERIES_X, X_THE_SERIES]) {
    for (const match of body.matchAll(pattern)) {
      const title = match.groups?.title as string;
      const at = headline.end + match.index + match[0].indexOf(title);
      add(title, at, 'the body\'s "the series X" or "X, the ... series"');
    }
  }
  // In the body, quotation marks mostly hold speech: a title there is written as one ("Hit & Run,").
  const titleOnly = new RegExp(String.raw`^${TITLE},?$`, "u");
  for (const match of [...body.matchAll(QUOTED[0] as RegExp)].filter((quoted) =>
    titleOnly.test(quoted.groups?.title ?? ""),
  )) {
    add(match.groups?.title as string, headline.end + match.index + 1, "quoted in the body");
  }
  // Last: the headline's first words when a body sentence starts with them ("Forbrydelsen at
  // Fifteen: ..." and "Forbrydelsen, known abroad as ..."), unless they name a network.
  const first = new RegExp(String.raw`^${NAME}(?![\p{L}])`, "u").exec(headline.text)?.[0];
  if (first && !isNetworkName(first) && trimLeadingWord(first) === first) {
    const opens = new RegExp(String.raw`(?:^|[.!?]\s+|\n)${escapeRegExp(first)}(?=[ \t,])`, "u");
    if (opens.test(body)) {
      add(first, headline.start, "the headline's first words, opening a sentence of the body");
    }
  }
  return candidates.find(
    (candidate) =>
      occurrences(body, candidate.title) > 0 || candidate.how.startsWith("quoted in the headline"),
  );
}
