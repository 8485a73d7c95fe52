/**
 * Monaco runs its language services in web workers. They are bundled beside this file
 * (src/explorer/build), so that no worker is fetched from a CDN nor built from a blob.
 */
const workerFiles: Record<string, string> = {
  json: "workers/json.worker.js",
  graphql: "workers/graphql.worker.js",
};

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return new Worker(new URL(workerFiles[label] ?? "workers/editor.worker.js", import.meta.url), {
      name: label,
    });
  },
};
