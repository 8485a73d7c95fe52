import type { ArticleContext } from "./article-context.js";
import { NAME_WORD, escapeRegExp } from "./name-patterns.js";
import type { KnownNetwork } from "./network-names.js";
import { KNOWN_NETWORKS } from "./network-names.js";
import type { TextSpan } from "./text-span.js";
import { spanOf } from "./text-span.js";

export interface NetworkMention {
  network: KnownNetwork;
  span: TextSpan;
}

/** Words before a network's name that make an everyday word a network ("premiered on Yes"). */
const CONTEXT_BEFORE = /(?:\b(?:on|by|to|at|from|with)|['’]s)\s+$/u;
const CONTEXT_AFTER =
  /^(?:['’]s\b|\s+(?:has|had|picked|renewed|canceled|cancelled|ordered|announced|confirmed|said))/u;

/** "premiered on DR2", "picked up by Viaplay": a network the list does not know, named by an event. */
const UNKNOWN_AFTER_EVENT = new RegExp(
  String.raw`\b(?:premiered|premieres|aired|airs|debuted|streams|streamed|picked up by|canceled by|cancelled by|moved to)[ \t]+(?:on[ \t]+)?(?<name>${NAME_WORD}(?:[ \t]+${NAME_WORD})?)(?=[ \t]+(?:on|in)\b|[,.;])`,
  "gu",
);

function known(text: string): NetworkMention[] {
  const mentions: NetworkMention[] = [];
  // Longest names first, so "Prime Video" is not also read as "Video" and "BBC One" as "BBC".
  const byLength = [...KNOWN_NETWORKS].sort((a, b) => b.name.length - a.name.length);
  const taken: Array<[number, number]> = [];
  for (const network of byLength) {
    const pattern = new RegExp(String.raw`(?<![\p{L}\d+])${escapeRegExp(network.name)}(?![\p{L}\d+])`, "gu");
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => from < end && start < to)) {
        continue;
      }
      if (
        network.contextOnly &&
        !CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
        !CONTEXT_AFTER.test(text.slice(end, end + 12))
      ) {
        continue;
      }
      taken.push([start, end]);
      mentions.push({ network, span: spanOf(text, start, end) });
    }
  }
  return mentions;
}

/**
 * Every mention of a network or platform: the ones TV articles name most (network-names.ts),
 * and any other name an event puts in a network's place ("premiered on DR2"). People, places
 * and outlets named the same way are left out by the caller's `notNetworks`.
 */
export function findNetworks(context: ArticleContext, notNetworks: ReadonlySet<string>): NetworkMention[] {
  const { text } = context;
  const mentions = known(text);
  for (const match of text.matchAll(UNKNOWN_AFTER_EVENT)) {
    const name = match.groups?.name as string;
    const start = match.index + match[0].length - name.length;
    if (notNetworks.has(name) || mentions.some((mention) => mention.span.start === start)) {
      continue;
    }
    if (/^(?:The|A|An|In|On|Its|Their|His|Her)$/.test(name.split(" ")[0] ?? "")) {
      continue;
    }
    mentions.push({ network: { name, kind: "BROADCASTER" }, span: spanOf(text, start, start + name.length) });
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}
