import type { FuzzRequest, FuzzResponse } from "./fuzz-request.js";

/** What the service must never do, whatever it is sent (issue 11, docs/reliability.md). */
export type Violation =
  | "no response"
  | "5xx other than 503"
  | "INTERNAL_SERVER_ERROR"
  | "HTML error"
  | "error without a code"
  | "stack trace or file path"
  | "suggestion with introspection off";

/** A response's error codes and the rules it breaks. */
export interface ResponseVerdict {
  /** GraphQL `extensions.code`s and HTTP JSON `code`s, `HTTP <status>` when there is none. */
  codes: string[];
  violations: Violation[];
}

// A V8 stack frame ("    at fn (/x/y.js:1:2)"), an absolute path to a source or module, file URLs.
const INTERNALS = [
  /\n\s+at [^\n]+:\d+:\d+/,
  /(?:\/[\w.@-]+){2,}\.(?:[cm]?js|ts)\b/,
  /node_modules/,
  /file:\/\//,
];
const HTML = /<(?:!doctype|html|body|pre)[\s>]/i;

interface GraphQLBody {
  errors?: { extensions?: { code?: unknown } }[];
}

interface HttpErrorBody {
  code?: unknown;
  error?: { code?: unknown };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Codes of a JSON body: GraphQL errors' `extensions.code`, or an HTTP error's `error.code`/`code`. */
function codesOf(body: unknown): { codes: string[]; uncoded: boolean } {
  const codes: string[] = [];
  let uncoded = false;
  const bodies = Array.isArray(body) ? body : [body];
  for (const part of bodies) {
    if (part === null || typeof part !== "object") {
      uncoded = true;
      continue;
    }
    const { errors } = part as GraphQLBody;
    const { code, error } = part as HttpErrorBody;
    if (Array.isArray(errors)) {
      for (const graphqlError of errors) {
        const errorCode = graphqlError?.extensions?.code;
        if (typeof errorCode === "string") {
          codes.push(errorCode);
        } else {
          uncoded = true;
        }
      }
    } else if (typeof error?.code === "string") {
      codes.push(error.code);
    } else if (typeof code === "string") {
      codes.push(code);
    }
  }
  return { codes, uncoded };
}

/**
 * Judges one response: an answer came; no 5xx but 503; no INTERNAL_SERVER_ERROR; an error is JSON,
 * never HTML, and carries a code; no body shows a stack frame or a file path; with introspection
 * off, no "Did you mean" that would reveal the schema. Successful HTML pages (the IDE) and
 * successful exports are not errors and are not read for codes.
 */
export function checkResponse(
  request: FuzzRequest,
  response: FuzzResponse,
  { introspection = true }: { introspection?: boolean } = {},
): ResponseVerdict {
  if ("failure" in response) {
    return { codes: [], violations: ["no response"] };
  }
  const violations = new Set<Violation>();
  const contentType = response.headers["content-type"] ?? "";
  const text = response.body.toString("utf8");
  const isError = response.status >= 400;
  const hasBody = request.method !== "HEAD" && response.status !== 204 && response.status !== 304;
  if (response.status >= 500 && response.status !== 503) {
    violations.add("5xx other than 503");
  }
  const parsed = contentType.includes("json") || isError ? parseJson(text) : undefined;
  const { codes, uncoded } = parsed === undefined ? { codes: [], uncoded: false } : codesOf(parsed);
  if (isError && hasBody) {
    if (contentType.includes("html") || HTML.test(text)) {
      violations.add("HTML error");
    }
    if (parsed === undefined || codes.length === 0) {
      violations.add("error without a code");
    }
  }
  if (uncoded) {
    violations.add("error without a code");
  }
  if (codes.includes("INTERNAL_SERVER_ERROR")) {
    violations.add("INTERNAL_SERVER_ERROR");
  }
  const pageOrExport = !isError && !contentType.includes("application/json");
  if (!pageOrExport && INTERNALS.some((pattern) => pattern.test(text))) {
    violations.add("stack trace or file path");
  }
  if (!introspection && /did you mean/i.test(text)) {
    violations.add("suggestion with introspection off");
  }
  return {
    codes: codes.length > 0 || !isError ? codes : [`HTTP ${response.status}`],
    violations: [...violations],
  };
}
