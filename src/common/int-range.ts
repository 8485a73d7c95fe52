import { BadUserInputError } from "../errors/showgraph-error.js";

/** Inclusive bounds of a number. */
export interface NumericBounds {
  min: number;
  max: number;
}

export interface IntRange extends NumericBounds {
  /** The argument's name, reported in the error's message and `extensions.argument`. */
  argument: string;
}

/** The largest GraphQL `Int`: the spec's Int is a signed 32-bit integer (GraphQL spec, 3.5.1). */
export const GRAPHQL_INT_MAX = 2_147_483_647;

/**
 * The ranges of every number the model stores, in one table: the facts schema (and so the
 * committed JSON Schema) refuses what is outside them at ingest, with file, line and field, so
 * whatever Neo4j holds (64-bit integers, doubles) the GraphQL types (`Int`, `Float`) can carry.
 * A whole number the API gives as `Int` may be at most GRAPHQL_INT_MAX.
 */
export const NUMERIC_RANGES = {
  /** How many of something: episodes, seasons (`episodeCount`, `seasonCount`). */
  count: { min: 0, max: GRAPHQL_INT_MAX },
  /** A position in a sequence: season numbers (0 for specials), billing order. */
  ordinal: { min: 0, max: GRAPHQL_INT_MAX },
  /** UTF-16 offsets of a quote in its article's text. */
  offset: { min: 0, max: GRAPHQL_INT_MAX },
  /** A claim's confidence, a probability. */
  confidence: { min: 0, max: 1 },
  /**
   * Years of partial dates: ISO 8601's four digits without sign (year 0 and years past 9999 need
   * the expanded form, which neither facts files nor the API use). src/common/partial-date.ts.
   */
  year: { min: 1, max: 9999 },
} as const satisfies Record<string, NumericBounds>;

/** A whole number argument within bounds, or BAD_USER_INPUT saying which bounds. */
export function requireIntInRange(value: number, { argument, min, max }: IntRange): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${argument} must be between ${min} and ${max} (got ${value})`, { argument });
  }
  return value;
}
