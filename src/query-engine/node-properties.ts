/**
 * For each node type the engine projects, the stored properties each GraphQL field reads: a
 * statement returns `n {.id, ...}` with only those. Fields resolved from the node's key alone
 * (connections and lists the resolvers load) need none. A field missing here makes the planner
 * give up on the root field (the resolvers then read every property), so a new field can never
 * be answered from properties that were not read.
 */
const EXTERNAL_IDS = ["imdbId", "tmdbId", "tvmazeId", "wikidataId"];
const COMMON: Record<string, string[]> = { __typename: [], id: [] };

export const NODE_PROPERTIES: Record<string, Record<string, string[]>> = {
  Show: {
    ...COMMON,
    displayName: ["title"],
    title: ["title"],
    kind: ["kind"],
    status: ["status"],
    originCountries: ["originCountries"],
    originalLanguage: ["originalLanguage"],
    synopsis: ["synopsis"],
    seasonCount: ["seasonCount"],
    episodeCount: ["episodeCount"],
    premiere: ["premiereDate", "premiereDatePrecision"],
    ended: ["endDate", "endDatePrecision"],
    externalIds: EXTERNAL_IDS,
  },
  Person: { ...COMMON, displayName: ["name"], name: ["name"], externalIds: EXTERNAL_IDS },
  Character: { ...COMMON, displayName: ["name"], name: ["name"], description: ["description"] },
  Network: { ...COMMON, displayName: ["name"], name: ["name"], kind: ["kind"] },
};
