import { Field, ObjectType, registerEnumType } from "type-graphql";

import { DatePrecision, storedPartialDate, toPartialDateSpan } from "./partial-date.js";

export { DatePrecision };

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How much of a date is known. A month is not a day: September 2021 is MONTH.",
});

@ObjectType({ description: "A date known to a year, a month or a day." })
export class PartialDate {
  @Field(() => String, {
    description: 'As much of the ISO 8601 date as is known: "2021", "2021-09" or "2021-09-14".',
  })
  value!: string;

  @Field(() => DatePrecision)
  precision!: DatePrecision;

  @Field(() => String, { description: "The first day the date can mean (YYYY-MM-DD)." })
  earliest!: string;

  @Field(() => String, { description: "The last day the date can mean (YYYY-MM-DD)." })
  latest!: string;
}

/** Builds the GraphQL value from a stored Neo4j date ("2021-09-01") and its precision. */
export function toPartialDate(
  date: string | null | undefined,
  precision: string | null | undefined,
): PartialDate | null {
  const parts = storedPartialDate(date, precision);
  return parts && toPartialDateSpan(parts);
}
