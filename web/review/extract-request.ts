/** A facts record as the draft has it: the page edits fields it does not need to know. */
export type FactsRecord = Record<string, unknown>;

/** What POST /extract answers (src/review/extract-route.ts). Offsets are UTF-16, into article.text. */
export interface ExtractAnswer {
  draft: {
    format: string;
    article: FactsRecord & { id: string; title: string; text: string; cites?: string[] };
    entities: Array<FactsRecord & { type: string; id: string }>;
    quotes: Array<FactsRecord & { id: string; text: string; start?: number; end?: number }>;
    claims: Array<
      FactsRecord & {
        subject: string;
        predicate: string;
        object?: string;
        value?: string;
        support?: Array<{ quote: string; start?: number; end?: number }>;
      }
    >;
  };
  warnings: string[];
  mentions: Array<{ entity: string; start: number; end: number }>;
}

/** The service refused the article: its JSON error's message (empty, binary, too large...). */
export class ExtractError extends Error {
  override name = "ExtractError";
}

/**
 * Asks the service for the draft `showgraph extract` proposes. The article goes as the body:
 * pasted text as text/plain in UTF-8, an uploaded file as its bytes, so the service's checks (not
 * UTF-8, binary, too large) see what the file holds.
 */
export async function requestDraft(extractPath: string, article: string | Blob): Promise<ExtractAnswer> {
  let response: Response;
  try {
    response = await fetch(extractPath, {
      method: "POST",
      headers: {
        "content-type":
          typeof article === "string" ? "text/plain; charset=utf-8" : "application/octet-stream",
        accept: "application/json",
      },
      body: article,
    });
  } catch {
    throw new ExtractError("The service cannot be reached. Is it still running?");
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ExtractError(`The service answered ${response.status} ${response.statusText}.`);
  }
  if (!response.ok) {
    const message = (body as { error?: { message?: string } }).error?.message;
    throw new ExtractError(
      message ? `The article was refused: ${message}.` : `The service answered ${response.status}.`,
    );
  }
  return body as ExtractAnswer;
}
