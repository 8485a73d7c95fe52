import express from "express";
import type { Express, RequestHandler } from "express";

import { ErrorCode } from "../errors/error-code.js";
import { httpErrorBody } from "../http-errors/http-error.js";
import { MAX_ARTICLE_BYTES } from "../extract/article-bytes.js";
import { checkFactsFile } from "../ingest/ingest-facts.js";
import { withSpooledDocument } from "../ingest/spooled-document.js";

/** Where the review page checks the facts file it is about to download. */
export const FACTS_CHECK_PATH = "/facts/check";

/** The reader tells YAML from JSON by the file's extension (read-facts-file.ts). */
const EXTENSIONS: Record<string, string> = {
  "application/json": "json",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/yaml": "yaml",
  "text/yaml": "yaml",
  "text/plain": "yaml",
};

/** An article at its largest, twice over (JSON escapes), and the records about it. */
const MAX_DOCUMENT_BYTES = 2 * MAX_ARTICLE_BYTES;

const checkHandler: RequestHandler = async (request, response) => {
  const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const extension = EXTENSIONS[type];
  const body: unknown = request.body;
  if (!extension || !Buffer.isBuffer(body)) {
    response.status(415).json(
      httpErrorBody(request.path, {
        status: 415,
        code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: `Send the facts document as the body, as ${Object.keys(EXTENSIONS).join(", ")}.`,
      }),
    );
    return;
  }
  // The bytes as sent: the reader itself says where they are not UTF-8, as it does for a file.
  const { problems, records } = await withSpooledDocument(body, extension, (file) =>
    checkFactsFile(file, "document"),
  );
  response.setHeader("Cache-Control", "no-store");
  response.status(200).json({ records, problems });
};

/**
 * POST /facts/check: `showgraph ingest --check` over HTTP, without a token (it reads nothing from
 * the graph and writes nothing). The body is a facts document (YAML, JSON or JSON Lines, by
 * Content-Type); the answer is `{records, problems}`, each problem `{file: "document", line,
 * column?, path, message}` as the command line prints them. The review page checks a reviewed
 * file with it before offering it for download. Errors: 413 PAYLOAD_TOO_LARGE, 415
 * UNSUPPORTED_MEDIA_TYPE, as JSON.
 */
export function mountFactsCheckRoute(app: Express): void {
  app.post(FACTS_CHECK_PATH, express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES }), checkHandler);
}
