/** One label's line of an ingest report, as tests write it: created, then what was matched. */
export const ingestCounts = (created: number, matched = 0, updated = 0, newSources = 0) => ({
  created,
  matched,
  updated,
  newSources,
});
