import { BadUserInputError } from "../errors/showgraph-error.js";

/** The longest reason, note or quote an edit takes: a paragraph, not a document. */
const MAX_LENGTH = 10_000;

/** The text, trimmed; BAD_USER_INPUT naming the argument when it is empty or too long. */
export function requiredText(text: string, argument: string): string {
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new BadUserInputError(`${argument} must not be empty`, { argument });
  }
  if (trimmed.length > MAX_LENGTH) {
    throw new BadUserInputError(`${argument} must be at most ${MAX_LENGTH} characters`, { argument });
  }
  return trimmed;
}
