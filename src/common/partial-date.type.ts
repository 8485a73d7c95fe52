import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum DatePrecision {
  YEAR = "YEAR",
  MONTH = "MONTH",
  DAY = "DAY",
}

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How much of a date is known. A month is not a day: September 2021 is MONTH.",
});

const ISO_LENGTH: Record<DatePrecision, number> = { YEAR: 4, MONTH: 7, DAY: 10 };

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

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds the GraphQL value from a stored Neo4j date ("2021-09-01") and its precision. */
export function toPartialDate(
  date: string | null | undefined,
  precision: string | null | undefined,
): PartialDate | null {
  if (!date) {
    return null;
  }
  const known = (precision as DatePrecision | undefined) ?? DatePrecision.DAY;
  const [year = 0, month = 1] = date.split("-").map(Number);
  const latest =
    known === DatePrecision.YEAR
      ? `${year}-12-31`
      : known === DatePrecision.MONTH
        ? `${date.slice(0, 7)}-${String(lastDayOf(year, month)).padStart(2, "0")}`
        : date;
  const earliest =
    known === DatePrecision.YEAR
      ? `${year}-01-01`
      : known === DatePrecision.MONTH
        ? `${date.slice(0, 7)}-01`
        : date;
  return { value: date.slice(0, ISO_LENGTH[known]), precision: known, earliest, latest };
}
