import type { WriteStream } from "node:tty";

export interface ProgressBar {
  update(done: number, total: number): void;
  stop(): void;
}

const WIDTH = 30;

/**
 * A one-line progress bar, redrawn in place. Only on a terminal: piped or logged output gets no
 * control characters, just the final report.
 */
export function createProgressBar(stream: NodeJS.WriteStream | WriteStream, label: string): ProgressBar {
  if (!stream.isTTY) {
    return { update: () => undefined, stop: () => undefined };
  }
  const started = Date.now();
  let drawn = false;
  return {
    update(done, total) {
      const fraction = total > 0 ? Math.min(done / total, 1) : 0;
      const filled = Math.round(fraction * WIDTH);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      stream.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")} records ${seconds} s`,
      );
      drawn = true;
    },
    stop() {
      if (drawn) {
        stream.write("\n");
      }
    },
  };
}
