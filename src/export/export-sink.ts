import type { Writable } from "node:stream";

/** Where a writer puts its text, piece by piece; `write` resolves when more may be written. */
export interface ExportSink {
  write(text: string): Promise<void>;
}

/** Thrown into a writer when its stream was closed (the client went away): the export stops. */
export class ExportStreamClosedError extends Error {
  override name = "ExportStreamClosedError";
}

/**
 * A sink on a Node stream that respects back-pressure: when the stream's buffer is full, the
 * writer (and so the database paging behind it) waits until the client has read it.
 */
export function streamSink(stream: Writable): ExportSink {
  return {
    async write(text) {
      if (stream.destroyed || stream.writableEnded) {
        throw new ExportStreamClosedError("The export's stream was closed");
      }
      if (stream.write(text, "utf8")) {
        return;
      }
      await new Promise<void>((resolve, reject) => {
        const settle = (error?: Error) => {
          stream.off("drain", onDrain);
          stream.off("close", onClose);
          stream.off("error", onError);
          if (error) {
            reject(error);
          } else {
            resolve();
          }
        };
        const onDrain = () => settle();
        const onClose = () => settle(new ExportStreamClosedError("The export's stream was closed"));
        const onError = (error: Error) => settle(error);
        stream.on("drain", onDrain);
        stream.on("close", onClose);
        stream.on("error", onError);
      });
    },
  };
}
