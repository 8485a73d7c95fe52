/**
 * Networks and platforms that TV articles name, with how each reaches viewers (NetworkKind).
 * Names that are also everyday words ("Yes", "Max", "Apple") count only where the text uses
 * them as a network ("premiered on Yes", "Max's"); find-networks.ts says where.
 */
export interface KnownNetwork {
  name: string;
  kind: "STREAMER" | "BROADCASTER" | "CABLE";
  /** Also an everyday word: only after "on", "by", "to", "at" or before "'s". */
  contextOnly?: boolean;
}

const streamer = (name: string, contextOnly = false): KnownNetwork => ({
  name,
  kind: "STREAMER",
  contextOnly,
});
const broadcaster = (name: string, contextOnly = false): KnownNetwork => ({
  name,
  kind: "BROADCASTER",
  contextOnly,
});
const cable = (name: string, contextOnly = false): KnownNetwork => ({ name, kind: "CABLE", contextOnly });

export const KNOWN_NETWORKS: KnownNetwork[] = [
  streamer("Netflix"),
  streamer("Prime Video"),
  streamer("Amazon Prime Video"),
  streamer("Amazon"),
  streamer("Apple TV+"),
  streamer("Apple TV Plus"),
  streamer("Hulu"),
  streamer("Disney+"),
  streamer("HBO Max"),
  streamer("Max", true),
  streamer("Peacock"),
  streamer("Paramount+"),
  streamer("Starz"),
  streamer("Crunchyroll"),
  streamer("Viaplay"),
  streamer("SVT Play"),
  streamer("Globoplay"),
  streamer("Viki"),
  streamer("Tving"),
  streamer("Coupang Play"),
  cable("HBO"),
  cable("FX"),
  cable("AMC"),
  cable("Showtime"),
  cable("Syfy"),
  cable("USA Network"),
  cable("TNT"),
  cable("TBS"),
  cable("Sky Atlantic"),
  cable("Sky"),
  cable("Yes", true),
  cable("Hot", true),
  cable("Canal+"),
  cable("tvN"),
  cable("JTBC"),
  broadcaster("Fox"),
  broadcaster("NBC"),
  broadcaster("CBS"),
  broadcaster("ABC"),
  broadcaster("The CW"),
  broadcaster("PBS"),
  broadcaster("BBC One"),
  broadcaster("BBC Two"),
  broadcaster("BBC Three"),
  broadcaster("BBC Four"),
  streamer("BBC iPlayer"),
  broadcaster("Channel 5"),
  broadcaster("E4"),
  streamer("ITVX"),
  streamer("AMC+"),
  streamer("BritBox"),
  streamer("Acorn TV"),
  broadcaster("ITV"),
  broadcaster("Channel 4"),
  broadcaster("Kan 11"),
  broadcaster("Keshet 12"),
  broadcaster("Reshet 13"),
  broadcaster("DR1"),
  broadcaster("DR"),
  broadcaster("TV 2"),
  broadcaster("NRK1"),
  broadcaster("NRK"),
  broadcaster("SVT1"),
  broadcaster("SVT"),
  broadcaster("ZDF"),
  broadcaster("ARD"),
  broadcaster("Arte"),
  broadcaster("Antena 3"),
  broadcaster("RTVE"),
  broadcaster("La 1"),
  broadcaster("Rai 1"),
  broadcaster("TF1"),
  broadcaster("France 2"),
  broadcaster("KBS2"),
  broadcaster("KBS"),
  broadcaster("MBC"),
  broadcaster("SBS"),
  broadcaster("NHK"),
  broadcaster("CBC"),
  broadcaster("Globo"),
];

/** Whether the words are a known network's name ("Netflix", "BBC Four"), as written. */
export function isNetworkName(words: string): boolean {
  return KNOWN_NETWORKS.some((network) => network.name === words);
}
