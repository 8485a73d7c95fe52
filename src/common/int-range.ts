import { BadUserInputError } from "../errors/showgraph-error.js";

export interface IntRange {
  /** The argument's name, reported in the error's message and `extensions.argument`. */
  argument: string;
  min: number;
  max: number;
}

/** A whole number argument within bounds, or BAD_USER_INPUT saying which bounds. */
export function requireIntInRange(value: number, { argument, min, max }: IntRange): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${argument} must be between ${min} and ${max} (got ${value})`, { argument });
  }
  return value;
}
