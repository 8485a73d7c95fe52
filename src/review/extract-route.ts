import express from "express";
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from "express";

import { InvalidUtf8Error } from "../common/utf8-text.js";
import { ErrorCode } from "../errors/error-code.js";
import { ShowgraphError } from "../errors/showgraph-error.js";
import type { HttpError } from "../http-errors/http-error.js";
import { httpErrorBody } from "../http-errors/http-error.js";
import { textParameters } from "../http-errors/text-parameters.js";
import { checkArticleBytes, decodeArticle, MAX_ARTICLE_BYTES } from "../extract/article-bytes.js";
import { ArticleInputError } from "../extract/article-input.js";
import type { ExtractOptions } from "../extract/extract-draft.js";
import { extractArticle } from "../extract/extract-draft.js";
import { entityMentions } from "./entity-mentions.js";

/** Where the review page asks for drafts. */
export const EXTRACT_PATH = "/extract";

/** The query parameters, as `showgraph extract` has them as options (--show, --id, --url). */
const OPTIONS: Record<string, keyof ExtractOptions> = { show: "showTitle", id: "articleId", url: "url" };

/** An article as a file holds it: plain text, HTML (its markup is left out), or bytes of unknown type. */
const MEDIA_TYPES = ["text/plain", "text/html", "text/markdown", "application/octet-stream"];

function sendError(request: Request, response: Response, error: HttpError): void {
  response.status(error.status).json(httpErrorBody(request.path, error));
}

/** Refuses a body the extractor cannot take before reading it: another media type, another charset. */
const acceptArticleMediaType: RequestHandler = (request, response, next) => {
  const contentType = request.headers["content-type"];
  if (contentType === undefined) {
    next();
    return;
  }
  const [type = "", ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith("charset="))?.slice(8);
  if (
    !MEDIA_TYPES.includes(type) ||
    (charset !== undefined && !["utf-8", "utf8", "us-ascii"].includes(charset))
  ) {
    sendError(request, response, {
      status: 415,
      code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      message: `Send the article's text as the body, as ${MEDIA_TYPES.join(", ")}, in UTF-8 (got ${contentType}).`,
    });
    return;
  }
  next();
};

/** The body parser's refusal of a body over the limit, in the command line's words. */
const articleTooLarge: ErrorRequestHandler = (error, request, response, next) => {
  const details = error as { type?: string; length?: number };
  if (details.type !== "entity.too.large") {
    next(error);
    return;
  }
  let message = `the article is over the limit of ${MAX_ARTICLE_BYTES.toLocaleString("en")} bytes: give one article at a time`;
  try {
    // The size is known when the request said it (Content-Length), not when it came in chunks.
    if (details.length !== undefined) {
      checkArticleBytes(details.length);
    }
  } catch (tooLarge) {
    message = (tooLarge as Error).message;
  }
  sendError(request, response, { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message });
};

/** Drafts a facts file from the article in the body: `{draft, warnings, mentions}`. */
const extractHandler: RequestHandler = (request, response) => {
  const options: ExtractOptions = {};
  try {
    for (const [name, value] of Object.entries(textParameters(request))) {
      const option = OPTIONS[name];
      if (!option) {
        sendError(request, response, {
          status: 400,
          code: ErrorCode.BAD_USER_INPUT,
          message: `Unknown parameter ${name}: give show, id or url.`,
        });
        return;
      }
      options[option] = value;
    }
    const body: unknown = request.body;
    const text = decodeArticle(Buffer.isBuffer(body) ? body : new Uint8Array());
    const { draft, warnings } = extractArticle(text, options);
    response.setHeader("Cache-Control", "no-store");
    response.status(200).json({ draft, warnings, mentions: entityMentions(draft) });
  } catch (error) {
    if (error instanceof InvalidUtf8Error) {
      sendError(request, response, { status: 400, code: ErrorCode.BAD_USER_INPUT, message: error.message });
      return;
    }
    if (error instanceof ArticleInputError || error instanceof ShowgraphError) {
      const tooLarge = error instanceof ArticleInputError && error.reason === "too-large";
      sendError(request, response, {
        status: tooLarge ? 413 : 400,
        code: tooLarge ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_USER_INPUT,
        message: error.message,
      });
      return;
    }
    throw error;
  }
};

/**
 * POST /extract (docs/explorer.md, "Reviewing a draft"): `showgraph extract` over HTTP, for the
 * review page. The body is the article's bytes, as a file holds them, so that an upload gets the
 * same checks and messages as the command line (empty, binary, not UTF-8, too large; HTML markup
 * is left out with a warning); ?show=, ?id= and ?url= are its options. Answers the draft (a facts
 * document, every claim `reviewed: false`, offsets in UTF-16 code units of `draft.article.text`),
 * the warnings, and where each entity is named. Errors are `{error: {code, message}}`: 400
 * BAD_USER_INPUT, 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE. Nothing is stored.
 */
export function mountExtractRoute(app: Express): void {
  app.post(
    EXTRACT_PATH,
    acceptArticleMediaType,
    express.raw({ type: () => true, limit: MAX_ARTICLE_BYTES }),
    extractHandler,
    articleTooLarge,
  );
}
