import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

/**
 * docs/operations.md tells operators how to choose their own heap growing factor instead of the
 * one src/lifecycle/heap-growth.ts sets: the way it gives must start Node (Node refuses most V8
 * flags in NODE_OPTIONS, and then exits before the service starts).
 */
describe("the documented heap growth override", () => {
  it("is accepted by Node", () => {
    const doc = readFileSync(new URL("../../docs/operations.md", import.meta.url), "utf8");
    const documented = /`([^`]*--heap-growing-percent=\d+[^`]*)`/.exec(doc)?.[1] ?? "";
    const flag = /--heap-growing-percent=\d+/.exec(documented)?.[0] ?? "";
    expect(flag).not.toBe("");
    const inNodeOptions = documented.startsWith("NODE_OPTIONS=");
    const started = spawnSync(process.execPath, inNodeOptions ? ["-e", "0"] : [flag, "-e", "0"], {
      env: { ...process.env, NODE_OPTIONS: inNodeOptions ? flag : "" },
      encoding: "utf8",
    });
    expect(started.stderr).toBe("");
    expect(started.status).toBe(0);
  });
});
