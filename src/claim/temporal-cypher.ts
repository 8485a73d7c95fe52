/**
 * Cypher for partial dates stored as a Neo4j date plus a precision ('YEAR', 'MONTH', 'DAY'):
 * "September 2021" is date('2021-09-01') + 'MONTH', and may mean any day of that month.
 */

/** The first day a partial date can mean. */
export function earliestDay(date: string, precision: string): string {
  return `CASE ${precision} WHEN 'YEAR' THEN date.truncate('year', ${date}) WHEN 'MONTH' THEN date.truncate('month', ${date}) ELSE ${date} END`;
}

/** The last day a partial date can mean. */
export function latestDay(date: string, precision: string): string {
  return `CASE ${precision} WHEN 'YEAR' THEN date.truncate('year', ${date}) + duration({years: 1}) - duration({days: 1}) WHEN 'MONTH' THEN date.truncate('month', ${date}) + duration({months: 1}) - duration({days: 1}) ELSE ${date} END`;
}

/**
 * True when the stored partial date is certainly on or before `day` (a Cypher date expression):
 * "September 2021" is certainly before 2021-10-01 but not before 2021-09-15.
 */
export function certainlyBy(date: string, precision: string, day: string): string {
  return `(${date} IS NOT NULL AND ${latestDay(date, precision)} <= ${day})`;
}
