import type { ArticleContext } from "./article-context.js";
import { LIST_SEPARATOR, NAME, NAME_LIST, trimLeadingWord, withSharedSurname } from "./name-patterns.js";
import type { TextSpan } from "./text-span.js";
import { spanOf } from "./text-span.js";

export type CrewJobName =
  "CREATOR" | "SHOWRUNNER" | "EXECUTIVE_PRODUCER" | "PRODUCER" | "WRITER" | "DIRECTOR";

export interface CrewMention {
  /** As written: a full name or a surname that the draft resolves. */
  person: string;
  job: CrewJobName;
  span: TextSpan;
}

/** Job nouns and verbs, and the jobs (CrewJob values) they name. */
const JOB_WORDS: Array<[RegExp, CrewJobName[]]> = [
  [/^writer-directors?$/i, ["WRITER", "DIRECTOR"]],
  [/^(?:co-)?creat/i, ["CREATOR"]],
  [/^developed$/i, ["CREATOR"]],
  [/^(?:co-)?showrunners?$/i, ["SHOWRUNNER"]],
  [/^executive(?: |-)produc/i, ["EXECUTIVE_PRODUCER"]],
  [/^producers?$/i, ["PRODUCER"]],
  [/^(?:writers?|wrote|written|writes)$/i, ["WRITER"]],
  [/^(?:directors?|directed|directs)$/i, ["DIRECTOR"]],
];

/** The jobs a job word names; "creator and showrunner", "created and wrote" name two. */
function jobsOf(words: string): CrewJobName[] {
  return words
    .split(/[ \t]+and[ \t]+/u)
    .flatMap((word) => JOB_WORDS.find(([pattern]) => pattern.test(word.trim()))?.[1] ?? []);
}

const JOB_NOUN = String.raw`(?:[Ww]riter-directors?|[Cc]o-creators?|[Cc]reators?|[Cc]o-showrunners?|[Ss]howrunners?|[Ee]xecutive producers?|[Pp]roducers?|[Ww]riters?|[Dd]irectors?)`;
/** "creator and showrunner", "co-creator and executive producer": two jobs joined. */
const JOB_NOUNS = String.raw`${JOB_NOUN}(?:[ \t]+and[ \t]+${JOB_NOUN})?`;
const VERB_JOB = String.raw`(?:co-)?created|directed|directs|wrote(?![ \t]+(?:on|in)\b)|writes(?![ \t]+(?:on|in)\b)`;
/** "created and wrote", "wrote and directed": two credits in one verb phrase. */
const VERB_JOBS = String.raw`(?:${VERB_JOB})(?:[ \t]+and[ \t]+(?:${VERB_JOB}))?`;
const NAMES = String.raw`(?<names>${NAME_LIST})`;
/** Lower-case words describing the people before their names: "brothers Matt and Ross Duffer". */
const PEOPLE_DESCRIPTOR = String.raw`(?:(?!and\b)[\p{Ll}-]+[ \t]+){0,2}`;

/** The forms, each with the group that names the job. */
const FORMS: RegExp[] = [
  // "Creator Adam Price", "from showrunner Eric Heisserer", "creators Baran bo Odar and Jantje Friese"
  new RegExp(String.raw`(?<![\p{L}-])(?<job>${JOB_NOUN})[ \t]+${NAMES}`, "gu"),
  // "created by Scott B. Smith", "co-created by Craig Mazin and Neil Druckmann", "developed by"
  new RegExp(
    String.raw`\b(?<job>(?:[Cc]o-)?[Cc]reated|[Dd]eveloped|[Dd]irected|[Ww]ritten|[Ee]xecutive produced)(?:[ \t]+for[ \t]+(?:television|TV|the screen))?[ \t]+by[ \t]+${PEOPLE_DESCRIPTOR}${NAMES}`,
    "gu",
  ),
  // "the limited series ... from Rachel Kondo and Justin Marks"
  new RegExp(
    String.raw`\b(?:series|drama|show|comedy|thriller)[ \t]+from[ \t]+(?<job>)${NAMES}(?=[,.;]|[ \t]+(?:was|is|premiered)\b)`,
    "gu",
  ),
  // "Álex Pina created the drama", "Odar directed every episode", "Friese, his partner, wrote them", "X, who created the series,"
  new RegExp(
    String.raw`${NAMES}(?:,[ \t]+(?:who[ \t]+)?[^,.;“”"]{1,60},)?[ \t]+(?:who[ \t]+)?(?<job>${VERB_JOBS})\b`,
    "gu",
  ),
  // "X, who created the series,": the relative clause itself
  new RegExp(String.raw`${NAMES},[ \t]+who[ \t]+(?:also[ \t]+)?(?<job>${VERB_JOBS})\b`, "gu"),
  // "Lisa Joy and Jonathan Nolan were executive producers", "X and Y serve as showrunners", "X, who ..., is an executive producer"
  new RegExp(
    String.raw`${NAMES}(?:,[ \t]+who[ \t]+[^.;“”"]{1,80}?(?:,|[ \t]and)|,[ \t]+who)?[ \t]+(?:is|was|are|were|serves?[ \t]+as|served[ \t]+as|has been|will be|remains|remained|became|becomes)(?:[ \t]+(?:also|now|still))?(?:[ \t]+(?:an?|the|one of the|its|his|her|their))?[ \t]+(?<job>${JOB_NOUN})\b`,
    "gu",
  ),
  // "Issacharoff, the show's co-creator,", "Bardugo, an executive producer,", "Kondo, his wife and fellow executive producer,"
  new RegExp(
    String.raw`${NAMES},[ \t]+(?:the[ \t]+(?:show|series)['’]s?|the|an?|its|his[ \t]+\p{Ll}+[ \t]+and[ \t]+fellow|her[ \t]+\p{Ll}+[ \t]+and[ \t]+fellow|a[ \t]+fellow)[ \t]+(?<job>${JOB_NOUNS})(?=[,.;])`,
    "gu",
  ),
  // "the showrunner, Eric Newman,": the job first, the name in apposition
  new RegExp(
    String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:(?:show|series)['’]s?[ \t]+)?(?<job>${JOB_NOUNS}),[ \t]+${NAMES}(?=,)`,
    "gu",
  ),
];

/** "... is an executive producer alongside Erickson": the partner holds the same job. */
const ALONGSIDE = new RegExp(String.raw`^[ \t]+(?:alongside|with)[ \t]+(?<partner>${NAME})`, "u");
/** "X created the series with Avi Issacharoff" */
const CREATED_WITH = new RegExp(String.raw`^[^.;,]{0,30}?[ \t]+with[ \t]+(?<partner>${NAME})`, "u");

/**
 * Crew credits in the forms journalists write them: "created by X", "creator X", "showrunner X",
 * "X and Y serve as showrunners", "X, the show's co-creator,", "X, who directs ...", "X wrote ...",
 * "executive producer", "writer-director X", "the series from X and Y"; a partner named with
 * "alongside" or "created ... with" gets the same job.
 */
export function findCrew(context: ArticleContext, notPeople: ReadonlySet<string>): CrewMention[] {
  const { text } = context;
  const mentions: CrewMention[] = [];
  const seen = new Set<string>();
  const add = (person: string, job: CrewJobName, start: number, end: number) => {
    const name = trimLeadingWord(person);
    const key = `${name}|${job}`;
    if (name !== "" && !notPeople.has(name) && !seen.has(key)) {
      seen.add(key);
      mentions.push({ person: name, job, span: spanOf(text, start, end) });
    }
  };
  for (const form of FORMS) {
    for (const match of text.matchAll(form)) {
      const jobs =
        match.groups?.job === "" ? (["CREATOR"] as CrewJobName[]) : jobsOf(match.groups?.job ?? "");
      const end = match.index + match[0].length;
      const names = withSharedSurname(
        (match.groups?.names ?? "").split(LIST_SEPARATOR).filter((name) => name !== ""),
        text,
      );
      const tail = text.slice(end, end + 80);
      const partner = (jobs.includes("CREATOR") ? CREATED_WITH.exec(tail) : null) ?? ALONGSIDE.exec(tail);
      const partnerEnd = partner ? end + partner[0].length : end;
      for (const job of jobs) {
        for (const name of names) {
          add(name, job, match.index, end);
        }
        if (partner?.groups?.partner) {
          add(partner.groups.partner, job, match.index, partnerEnd);
        }
      }
    }
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}
