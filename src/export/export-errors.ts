import { ErrorCode } from "../errors/error-code.js";
import { ShowgraphError } from "../errors/showgraph-error.js";

/** An export asked about a node that does not exist. */
export class ExportNodeNotFoundError extends ShowgraphError {
  constructor(message: string, argument: string) {
    super(message, ErrorCode.NOT_FOUND, { argument });
  }
}

/**
 * An export over EXPORT_MAX_ELEMENTS nodes and relationships. `elements` is null when the graph
 * grew past the limit while the export was being written.
 */
export class ExportTooLargeError extends ShowgraphError {
  constructor(maxElements: number, elements: number | null) {
    const size = elements === null ? "grew past" : `has ${elements} nodes and relationships, over`;
    super(
      `The export ${size} the limit of ${maxElements} (EXPORT_MAX_ELEMENTS). ` +
        "Narrow it with types, relationshipTypes, knownOn or validOn, or export a neighbourhood or a path.",
      ErrorCode.EXPORT_TOO_LARGE,
      { maxElements, ...(elements === null ? {} : { elements }) },
    );
  }
}

/** Seconds a client refused with EXPORTS_BUSY is asked to wait (Retry-After). */
export const EXPORTS_BUSY_RETRY_AFTER_S = 2;

/**
 * EXPORT_MAX_CONCURRENT exports are running and this one cannot wait for a slot: the line in front
 * of them is full (EXPORT_QUEUE_MAX), or it waited EXPORT_QUEUE_TIMEOUT_MS (export-slots.ts).
 */
export class ExportsBusyError extends ShowgraphError {
  constructor(
    limits: { maxConcurrent: number; maxQueued: number; queueTimeoutMs: number },
    why: "line full" | "waited",
  ) {
    const { maxConcurrent, maxQueued, queueTimeoutMs } = limits;
    const reason =
      why === "line full"
        ? `${maxQueued} more are waiting, the longest line kept (EXPORT_QUEUE_MAX)`
        : `this one waited ${queueTimeoutMs} ms for its turn, the longest wait allowed (EXPORT_QUEUE_TIMEOUT_MS)`;
    super(
      `${maxConcurrent} exports are running, the most this service runs at once (EXPORT_MAX_CONCURRENT), and ${reason}; try again in ${EXPORTS_BUSY_RETRY_AFTER_S} s.`,
      ErrorCode.EXPORTS_BUSY,
      { maxConcurrent, maxQueued, queueTimeoutMs, retryAfterSeconds: EXPORTS_BUSY_RETRY_AFTER_S },
    );
  }
}
