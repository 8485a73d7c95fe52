import { QueryTooComplexError } from "./query-too-complex-error.js";

// graphql-js's parser, given maxTokens (Apollo's parseOptions), stops with this message
// ("Document contains more that 2000 tokens. Parsing aborted."; sic).
const TOKEN_LIMIT_MESSAGE = /Document contains more th[ae]t? (\d+) tokens/;

/**
 * The QueryTooComplexError for a parse error that is graphql-js stopping at GRAPHQL_MAX_TOKENS,
 * or null for any other parse error.
 */
export function tokenLimitError(parseErrorMessage: string): QueryTooComplexError | null {
  const match = TOKEN_LIMIT_MESSAGE.exec(parseErrorMessage);
  return match ? new QueryTooComplexError("tokens", null, Number(match[1])) : null;
}
