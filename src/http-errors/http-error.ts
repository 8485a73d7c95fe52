import { ErrorCode } from "../errors/error-code.js";

/** An error as the HTTP layer answers it: a status, a stable code, a message safe for clients. */
export interface HttpError {
  status: number;
  code: ErrorCode;
  message: string;
}

/** Where the GraphQL endpoint is; errors on it take the GraphQL response shape. */
export const GRAPHQL_PATH = "/graphql";

/**
 * The JSON body of an HTTP error. Under /graphql, a GraphQL response (`{ errors: [{ message,
 * extensions: { code } }] }`), which GraphQL clients read; on every other route, the shape the
 * export routes have always used, `{ error: { code, message } }` (docs/reliability.md, "Errors").
 */
export function httpErrorBody(path: string, { code, message }: HttpError): object {
  const onGraphql = path === GRAPHQL_PATH || path.startsWith(`${GRAPHQL_PATH}/`);
  return onGraphql ? { errors: [{ message, extensions: { code } }] } : { error: { code, message } };
}

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  431: ErrorCode.HEADERS_TOO_LARGE,
};

/** The code for a status when nothing more precise is known: BAD_REQUEST for any other 4xx. */
export function codeForStatus(status: number): ErrorCode {
  return CODE_BY_STATUS[status] ?? (status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_SERVER_ERROR);
}
