/** What ingesting one file did to one kind of node. */
export interface IngestCounts {
  created: number;
  /** Found already in the graph (by external id, id, name or, for claims, content). */
  matched: number;
  /** Of those matched, how many the file changed. */
  updated: number;
  /** Claims only: SUPPORTED_BY links to this article added to claims. */
  newSources: number;
}

export interface IngestReport {
  file: string;
  articleId: string;
  /** By label (Show, Person, ..., Quote, Claim). */
  counts: Record<string, IngestCounts>;
  relationshipsCreated: number;
  propertiesSet: number;
  /** False when the graph already held everything the file says. */
  changed: boolean;
  records: number;
  elapsedMs: number;
}

export function emptyCounts(): IngestCounts {
  return { created: 0, matched: 0, updated: 0, newSources: 0 };
}

/** The report as the CLI prints it: one line per label, then the totals. */
export function formatReport(report: IngestReport): string {
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  if (!report.changed) {
    return `${report.file}: no changes; the graph already holds all ${report.records} records of article ${report.articleId} (${seconds} s).`;
  }
  const labels = Object.keys(report.counts).sort();
  const width = Math.max(...labels.map((label) => label.length));
  const lines = labels.map((label) => {
    const { created, matched, updated, newSources } = report.counts[label] ?? emptyCounts();
    const sources = label === "Claim" ? `, ${newSources} new sources` : "";
    return `  ${label.padEnd(width)}  ${created} created, ${matched} matched (${updated} updated)${sources}`;
  });
  return [
    `${report.file}: ingested article ${report.articleId}, ${report.records} records in ${seconds} s`,
    ...lines,
    `  ${report.relationshipsCreated} relationships created, ${report.propertiesSet} properties set`,
  ].join("\n");
}
