/** The seed's claims that no article states (geography, Netflix being a streamer, the report's language): confidence 1.0, no source. */
export const SEED_GENERAL_KNOWLEDGE_CLAIMS = [
  "claim/deadline-hit-and-run-canceled/language/en",
  "claim/israel/country-code/il",
  "claim/israel/kind/country",
  "claim/netflix/kind/streamer",
  "claim/new-york/country-code/us",
  "claim/new-york/kind/city",
  "claim/new-york/within/united-states",
  "claim/tel-aviv/country-code/il",
  "claim/tel-aviv/kind/city",
  "claim/tel-aviv/within/israel",
  "claim/united-states/country-code/us",
  "claim/united-states/kind/country",
];
