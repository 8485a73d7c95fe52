import { z } from "zod";

/**
 * An environment variable holding a duration in whole milliseconds, 0 or more; a bad value fails
 * with one line naming the variable (config.ts turns it into exit code 2).
 */
export const wholeMilliseconds = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must not be negative`);
