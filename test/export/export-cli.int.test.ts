import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { projectRoot } from "../../src/common/project-root.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";
import { FIXTURE, createExportFixtures, globalId, removeExportFixtures } from "./export-fixtures.js";
import type { JsonExport } from "./export-support.js";
import { readGexf } from "./export-support.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run export -- ...` without npm: the compiled command, on the test run's Neo4j. */
function runExport(args: string[], environment: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(projectRoot, "dist", "cli", "export.js"), ...args],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          NEO4J_URI: inject("neo4jUri"),
          NEO4J_PASSWORD: inject("neo4jPassword"),
          SEED_ON_START: "false",
          ...environment,
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe("npm run export", { timeout: 240_000 }, () => {
  let database: TestExecutor;
  let folder: string;

  beforeAll(async () => {
    execFileSync(join(projectRoot, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
      cwd: projectRoot,
      stdio: "inherit",
    });
    folder = mkdtempSync(join(tmpdir(), "showgraph-export-cli-"));
    database = await openTestExecutor(inject("neo4jUri"));
    await removeExportFixtures(database.executor);
    await createExportFixtures(database.executor);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await removeExportFixtures(database.executor);
    await database.close();
  });

  it("writes an export to a file and says what it wrote", async () => {
    const output = join(folder, "fauda.gexf");
    const run = await runExport([
      "neighborhood",
      "--id",
      globalId(FIXTURE.show),
      "--depth",
      "2",
      "--format",
      "gexf",
      "--output",
      output,
    ]);
    expect(run).toMatchObject({ code: 0, stdout: "" });
    expect(run.stderr).toContain(`Wrote 4 nodes and 4 relationships to ${output}`);
    const read = readGexf(readFileSync(output, "utf8"));
    expect(read.nodes.map((node) => node.attributes.label).sort()).toEqual(
      [FIXTURE.show.title, FIXTURE.doron.name, FIXTURE.lior.name, FIXTURE.yamada.name].sort(),
    );
  });

  it("writes to standard output when no file is given", async () => {
    const run = await runExport(["neighborhood", "--id", toGlobalId("Person", "lior-raz")]);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout) as JsonExport;
    expect(document.nodes.map((node) => node.label)).toEqual(["Lior Raz", "Segev Azulai"]);
  });

  it("stops with a clear message and exit code 1 over EXPORT_MAX_ELEMENTS, leaving no file", async () => {
    const output = join(folder, "too-large.json");
    const run = await runExport(
      ["neighborhood", "--id", globalId(FIXTURE.show), "--depth", "2", "-o", output],
      {
        EXPORT_MAX_ELEMENTS: "5",
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "showgraph export: EXPORT_TOO_LARGE: The export has 8 nodes and relationships, over the limit of 5 (EXPORT_MAX_ELEMENTS).",
    );
    expect(existsSync(output)).toBe(false);
  });

  it("stops with usage and exit code 2 on a bad parameter, before opening the database", async () => {
    const run = await runExport(["all", "--format", "xlsx"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "showgraph export: format: must be one of json, csv-nodes, csv-edges, graphml, gexf",
    );
    expect(run.stderr).toContain("Usage: npm run --silent export --");
    const unknown = await runExport(["everything"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("say what to export: neighborhood, path or all");
  });
});
