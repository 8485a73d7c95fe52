import neo4j from "neo4j-driver";
import type { Date as Neo4jDate, Integer } from "neo4j-driver";

import { firstDay, parsePartialDate } from "../common/partial-date.js";

/** Integer properties must be sent as Neo4j integers: a JavaScript number is stored as a float. */
export function integer(value: number): Integer {
  return neo4j.int(value);
}

export function day(isoDay: string): Neo4jDate<Integer> {
  const [year = 0, month = 1, dayOfMonth = 1] = isoDay.split("-").map(Number);
  return new neo4j.types.Date(integer(year), integer(month), integer(dayOfMonth));
}

/**
 * A partial date ("2021-09") as the model stores it: a Date holding its first day and the
 * precision beside it (`premiereDate` + `premiereDatePrecision`). The facts schema has checked
 * the value; anything else is a programming error (RangeError).
 */
export function partialDateProperties(name: string, value: string): Record<string, unknown> {
  const parts = parsePartialDate(value);
  if (!parts) {
    throw new RangeError(`${name}: "${value}" is not a partial date`);
  }
  return { [name]: day(firstDay(parts)), [`${name}Precision`]: parts.precision };
}
