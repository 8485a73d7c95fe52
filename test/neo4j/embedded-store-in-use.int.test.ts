import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import type { RunningEmbeddedNeo4j } from "../../src/neo4j/embedded/start-embedded-neo4j.js";
import { startOwnNeo4j } from "../support/own-neo4j.js";

/**
 * A second embedded Neo4j on a home a running one holds (`showgraph ingest` while the service
 * runs on the same NEO4J_EMBEDDED_HOME) fails with what to do, not only Neo4j's lock exception.
 */
describe.skipIf(process.env.NEO4J_URI)(
  "an embedded Neo4j whose data folder is in use",
  { timeout: 240_000 },
  () => {
    const folder = mkdtempSync(join(tmpdir(), "showgraph-store-in-use-"));
    let running: RunningEmbeddedNeo4j | undefined;

    afterAll(async () => {
      await running?.stop();
      rmSync(folder, { recursive: true, force: true });
    });

    it("says the folder is in use and how to use the running Neo4j instead", async () => {
      running = await startOwnNeo4j(folder);
      const second = startOwnNeo4j(folder);
      await expect(second).rejects.toThrow(/data folder is in use by another process/);
      await expect(second).rejects.toThrow(join(folder, "neo4j", "showgraph-password"));
      // The first one is untouched.
      expect(running.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    });
  },
);
