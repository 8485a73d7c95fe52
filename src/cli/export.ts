import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";

import { openDatabase } from "../app/open-database.js";
import { printedEventLog } from "../observability/event-log.js";
import { runCommand } from "../app/run-command.js";
import { loadConfig } from "../config/config.js";
import { ShowgraphError } from "../errors/showgraph-error.js";
import { FORMATS } from "../export/export-formats.js";
import type { ExportScopeKind } from "../export/export-request.js";
import { streamSink } from "../export/export-sink.js";
import { openExport } from "../export/open-export.js";
import { parseExportRequest } from "../export/parse-export-request.js";

const USAGE = `Usage: npm run --silent export -- <neighborhood|path|all> [options]

  neighborhood --id <globalId> [--depth 1..3] [--limit 1..500]
  path --from <globalId> --to <globalId> [--maxLength 1..6] [--first 0..20]
  all

  --format json|csv-nodes|csv-edges|graphml|gexf   (default json)
  --types Show,Person,...        only these node types
  --relationshipTypes PLAYS,...  only these relationship types
  --knownOn YYYY-MM-DD           as the graph knew things at the end of that day
  --validOn YYYY-MM-DD           as things were on that day
  --bom                          start CSV with a byte order mark
  --output <file>                write there instead of to standard output

The same parameters as GET /export/<kind> (docs/export.md).`;

const SCOPES: readonly string[] = ["neighborhood", "path", "all"];

const TEXT_OPTIONS = [
  "id",
  "depth",
  "limit",
  "from",
  "to",
  "maxLength",
  "first",
  "format",
  "types",
  "relationshipTypes",
  "knownOn",
  "validOn",
] as const;

/** Usage mistakes end with exit code 2, like the configuration's; everything else with 1. */
class UsageError extends Error {}

function parseCommandLine(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(TEXT_OPTIONS.map((name) => [name, { type: "string" as const }])),
        bom: { type: "boolean" },
        output: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (values.help) {
    return null;
  }
  const [kind, ...extra] = positionals;
  if (kind === undefined || !SCOPES.includes(kind) || extra.length > 0) {
    throw new UsageError(`say what to export: neighborhood, path or all (got "${positionals.join(" ")}")`);
  }
  const text = Object.fromEntries(
    TEXT_OPTIONS.map((name) => [name, (values as Record<string, unknown>)[name] as string | undefined]),
  );
  const parameters = Object.fromEntries(
    Object.entries({ ...text, bom: values.bom ? "true" : undefined }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  const { output } = values;
  return {
    kind: kind as ExportScopeKind,
    parameters,
    output: typeof output === "string" ? output : undefined,
  };
}

runCommand(async () => {
  let command;
  try {
    command = parseCommandLine(process.argv.slice(2));
    if (command === null) {
      console.log(USAGE);
      return;
    }
    // Checked before the database is opened: a typo should not wait for Neo4j to start.
    const request = parseExportRequest(command.kind, command.parameters);
    const config = loadConfig();
    // Progress goes to standard error: standard output may be the export itself.
    const { connection, executor } = await openDatabase(config, {
      migrate: true,
      seedIfEmpty: config.seedOnStart,
      log: printedEventLog((line) => console.error(line)),
    });
    let out: Writable | undefined;
    try {
      const graph = await openExport({ executor, request, maxElements: config.export.maxElements });
      out = command.output === undefined ? process.stdout : createWriteStream(command.output);
      await FORMATS[request.format].write(graph, streamSink(out), { bom: request.bom });
      if (graph.truncated) {
        console.error(
          "The neighbourhood reached its limit: some nodes within its depth are left out (raise limit=, or lower depth=).",
        );
      }
      if (out !== process.stdout) {
        out.end();
        await finished(out);
        console.error(
          `Wrote ${graph.nodeCount} nodes and ${graph.relationshipCount} relationships to ${command.output}`,
        );
      }
    } catch (error) {
      if (out !== undefined && out !== process.stdout && command.output !== undefined) {
        out.destroy();
        await rm(command.output, { force: true });
      }
      throw error;
    } finally {
      await connection.close();
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof ShowgraphError && error.extensions.code === "BAD_USER_INPUT")
    ) {
      console.error(`showgraph export: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof ShowgraphError) {
      console.error(`showgraph export: ${String(error.extensions.code)}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
});
