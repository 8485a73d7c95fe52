import { finished } from "node:stream/promises";

import type { Express, Request, Response } from "express";

import { ErrorCode } from "../errors/error-code.js";
import { textParameters } from "../http-errors/text-parameters.js";
import { InternalServerError, ShowgraphError } from "../errors/showgraph-error.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { requestFiguresOf, transactionCounter } from "../observability/request-figures.js";
import { EXPORTS_BUSY_RETRY_AFTER_S } from "./export-errors.js";
import { exportFileName } from "./export-file-name.js";
import { FORMATS } from "./export-formats.js";
import type { ExportRequest, ExportScopeKind } from "./export-request.js";
import { ExportStreamClosedError, streamSink } from "./export-sink.js";
import { openExport } from "./open-export.js";
import { parseExportRequest } from "./parse-export-request.js";
import type { ExportSlotLimits } from "./export-slots.js";
import { ExportSlots } from "./export-slots.js";

export interface ExportRoutesOptions {
  executor: CypherExecutor;
  /** EXPORT_MAX_ELEMENTS. */
  maxElements: number;
  /** EXPORT_MAX_CONCURRENT, EXPORT_QUEUE_MAX, EXPORT_QUEUE_TIMEOUT_MS: past them, 503 EXPORTS_BUSY. */
  slots: ExportSlotLimits;
}

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.EXPORT_TOO_LARGE]: 413,
  [ErrorCode.EXPORTS_BUSY]: 503,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.DATABASE_TIMEOUT]: 504,
};

/** `{error: {code, message}}` with the code's status; anything unexpected is logged and hidden. */
function sendError(request: Request, response: Response, error: unknown): void {
  const shown = error instanceof ShowgraphError ? error : new InternalServerError();
  const code = String(shown.extensions.code);
  const cause = (error as { originalError?: unknown }).originalError ?? error;
  if (!(error instanceof ShowgraphError) || code === ErrorCode.INTERNAL_SERVER_ERROR) {
    requestFiguresOf(request)?.logger.error({ code, err: cause }, "Export failed");
  } else if (cause !== error) {
    requestFiguresOf(request)?.logger.warn({ code, err: cause }, shown.message);
  }
  requestFiguresOf(request)?.errorCodes.add(code);
  const { argument } = shown.extensions;
  if (code === ErrorCode.EXPORTS_BUSY || code === ErrorCode.DATABASE_UNAVAILABLE) {
    response.setHeader("Retry-After", String(EXPORTS_BUSY_RETRY_AFTER_S));
  }
  response
    .status(HTTP_STATUS[code] ?? 500)
    .json({ error: { code, message: shown.message, ...(argument === undefined ? {} : { argument }) } });
}

/** Streams one export to `response`; settles once the response is finished or abandoned. */
async function sendExport(
  response: Response,
  { executor, maxElements }: ExportRoutesOptions,
  exportRequest: ExportRequest,
): Promise<void> {
  const graph = await openExport({ executor, request: exportRequest, maxElements });
  const format = FORMATS[exportRequest.format];
  response.status(200);
  response.setHeader("Content-Type", format.contentType);
  response.setHeader("Content-Disposition", `attachment; filename="${exportFileName(exportRequest)}"`);
  response.setHeader("Cache-Control", "no-store");
  // CSV has nowhere else to say it.
  response.setHeader("Showgraph-Truncated", String(graph.truncated));
  await format.write(graph, streamSink(response), { bom: exportRequest.bom });
  response.end();
  // The slot is held until the bytes have left, not just until the last write was buffered.
  await finished(response).catch(() => undefined);
}

function exportHandler(kind: ExportScopeKind, options: ExportRoutesOptions, slots: ExportSlots) {
  return async (request: Request, response: Response): Promise<void> => {
    // A client that leaves while waiting for a slot gives its place up (ExportSlots.run).
    const left = new AbortController();
    const leave = () => left.abort(new ExportStreamClosedError("The client left before its export started"));
    response.once("close", leave);
    try {
      const exportRequest = parseExportRequest(kind, textParameters(request));
      // Known at once while the embedded Neo4j restarts: no reason to wait in line for it.
      options.executor.throwIfDatabaseAway();
      // The export's transactions count into its request's log line.
      const executor = options.executor.forRequest(
        undefined,
        [],
        transactionCounter(requestFiguresOf(request)),
      );
      await slots.run(() => sendExport(response, { ...options, executor }, exportRequest), left.signal);
    } catch (error) {
      if (!response.headersSent && !left.signal.aborted) {
        sendError(request, response, error);
        return;
      }
      // The status is sent: all that can be said now is a broken transfer, which clients notice.
      if (!(error instanceof ExportStreamClosedError)) {
        requestFiguresOf(request)?.logger.error({ err: error }, "Export failed while streaming");
      }
      response.destroy();
    } finally {
      response.off("close", leave);
    }
  };
}

/**
 * GET /export/neighborhood, /export/path and /export/all (docs/export.md): a part of the graph
 * as JSON, CSV, GraphML or GEXF, streamed as it is read.
 */
export function mountExportRoutes(app: Express, options: ExportRoutesOptions): void {
  // One pool for the three routes: they compete for the same connections and Neo4j threads.
  const slots = new ExportSlots(options.slots);
  app.get("/export/neighborhood", exportHandler("neighborhood", options, slots));
  app.get("/export/path", exportHandler("path", options, slots));
  app.get("/export/all", exportHandler("all", options, slots));
}
