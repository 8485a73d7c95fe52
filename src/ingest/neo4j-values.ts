import neo4j from "neo4j-driver";
import type { Date as Neo4jDate, Integer } from "neo4j-driver";

/** Integer properties must be sent as Neo4j integers: a JavaScript number is stored as a float. */
export function integer(value: number): Integer {
  return neo4j.int(value);
}

export function day(isoDay: string): Neo4jDate<Integer> {
  const [year = 0, month = 1, dayOfMonth = 1] = isoDay.split("-").map(Number);
  return new neo4j.types.Date(integer(year), integer(month), integer(dayOfMonth));
}

/** The stored precisions (the DatePrecision enum's values, without loading the GraphQL types). */
const PRECISION_BY_LENGTH: Record<number, "YEAR" | "MONTH" | "DAY"> = { 4: "YEAR", 7: "MONTH", 10: "DAY" };

/**
 * A partial date ("2021-09") as the model stores it: a Date with the unknown parts as 01 and the
 * precision beside it (`premiereDate` + `premiereDatePrecision`).
 */
export function partialDateProperties(name: string, value: string): Record<string, unknown> {
  const precision = PRECISION_BY_LENGTH[value.length] ?? "DAY";
  const padded = `${value}${"-01".repeat((10 - value.length) / 3)}`;
  return { [name]: day(padded), [`${name}Precision`]: precision };
}
