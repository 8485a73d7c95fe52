import autocannon from "autocannon";

import type { LoadRequest } from "./load-requests.js";

/** One answered request of a load run. */
export interface AnsweredRequest {
  kind: LoadRequest["kind"];
  /** ms since the epoch. */
  sentAt: number;
  answeredAt: number;
  ok: boolean;
  /** Error codes of the answer (GraphQL `extensions.code`s or the HTTP JSON `code`), `HTTP <status>` without. */
  codes: string[];
}

/** A load run: autocannon's own figures and every answer as we judged it. */
export interface LoadRun {
  result: autocannon.Result;
  answers: AnsweredRequest[];
}

export interface LoadOptions {
  url: string;
  requests: readonly LoadRequest[];
  connections: number;
  durationSeconds: number;
  /** Seconds autocannon waits for one response before it counts a timeout. */
  timeoutSeconds: number;
  /** Given the running instance (e.g. to stop it early) and the answers as they come. */
  onStart?: (instance: autocannon.Instance, answers: readonly AnsweredRequest[]) => void;
}

/** autocannon's per-request context (it clears it whenever its list of requests starts over). */
interface ClientContext {
  sentAt?: number;
  kind?: LoadRequest["kind"];
}

function errorCodes(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as {
      errors?: { extensions?: { code?: string } }[];
      error?: { code?: string };
    };
    if (parsed.error?.code) {
      return [parsed.error.code];
    }
    return (parsed.errors ?? []).map((error) => error.extensions?.code ?? "(no code)");
  } catch {
    return [];
  }
}

/** Judges one response: a GraphQL answer is ok when it is 200 without errors, an export when 200. */
function judge(kind: LoadRequest["kind"], status: number, body: string): { ok: boolean; codes: string[] } {
  const hasGraphQLErrors = kind === "graphql" && body.includes('"errors"');
  if (status === 200 && !hasGraphQLErrors) {
    return { ok: true, codes: [] };
  }
  const codes = errorCodes(body);
  return { ok: false, codes: codes.length > 0 ? codes : [`HTTP ${status}`] };
}

/**
 * Runs autocannon (a well-kept load generator, rather than our own loop) over `requests` in turn
 * on every connection, and records each answer with the time it was sent and answered.
 */
export function runLoad({
  url,
  requests,
  connections,
  durationSeconds,
  timeoutSeconds,
  onStart,
}: LoadOptions): Promise<LoadRun> {
  const answers: AnsweredRequest[] = [];
  let next = 0;
  return new Promise((resolveRun, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationSeconds,
        timeout: timeoutSeconds,
        // One entry whose setup picks the next request of the mix, round robin over all
        // connections: with the mix as autocannon's list, every connection would start at its first
        // request and a short run would never reach the last ones.
        requests: [
          {
            setupRequest: (prepared: autocannon.Request, context: object) => {
              const request = requests[next++ % requests.length]!;
              Object.assign(context as ClientContext, { sentAt: Date.now(), kind: request.kind });
              return {
                ...prepared,
                method: request.method,
                path: request.path,
                headers: { ...prepared.headers, ...request.headers },
                body: request.body ?? "",
              };
            },
            onResponse: (status: number, body: string, context: object) => {
              const answeredAt = Date.now();
              const { sentAt = answeredAt, kind = "graphql" } = context as ClientContext;
              answers.push({ kind, sentAt, answeredAt, ...judge(kind, status, body) });
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) =>
        error ? reject(error) : resolveRun({ result, answers }),
    );
    onStart?.(instance, answers);
  });
}

/** How many answers carried each code, most frequent first. */
export function countCodes(answers: readonly AnsweredRequest[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    for (const code of answer.codes) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
