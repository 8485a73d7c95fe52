import type { Request } from "express";

import { BadUserInputError } from "../errors/showgraph-error.js";

/**
 * The query string as text parameters (`?show=Fauda&id=...`); a repeated or nested parameter is a
 * mistake, not a list: BadUserInputError naming it (`extensions.argument`).
 */
export function textParameters(request: Request): Readonly<Record<string, string>> {
  const parameters: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.query)) {
    if (typeof value !== "string") {
      throw new BadUserInputError(`${name}: give it once, as text`, { argument: name });
    }
    parameters[name] = value;
  }
  return parameters;
}
