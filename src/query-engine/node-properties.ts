/**
 * For each node type the engine projects, the stored properties each GraphQL field reads: a
 * statement returns `n {.id, ...}` with only those. Fields resolved from the node's key alone
 * (connections and lists the resolvers load) need none. A field missing here makes the planner
 * give up on the root field (the resolvers then read every property), so a new field can never
 * be answered from properties that were not read.
 */
const EXTERNAL_IDS = ["imdbId", "tmdbId", "tvmazeId", "wikidataId"];
// A node's key (`id`) only when a field reads it: the global id, and a display name without a
// title or name. Nested items (a co-star's 200 shared shows) then carry no key nobody reads.
const COMMON: Record<string, string[]> = { __typename: [], id: ["id"] };

export const NODE_PROPERTIES: Record<string, Record<string, string[]>> = {
  Show: {
    ...COMMON,
    displayName: ["title", "id"],
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
  Person: { ...COMMON, displayName: ["name", "id"], name: ["name"], externalIds: EXTERNAL_IDS },
  Character: { ...COMMON, displayName: ["name", "id"], name: ["name"], description: ["description"] },
  Network: { ...COMMON, displayName: ["name", "id"], name: ["name"], kind: ["kind"] },
};
