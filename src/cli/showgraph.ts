#!/usr/bin/env node
import { runCommand } from "../app/run-command.js";
import { EXTRACT_USAGE, runExtractCommand } from "./extract-command.js";
import { INGEST_USAGE, runIngestCommand } from "./ingest-command.js";
import { runTokenCommand, TOKEN_USAGE } from "./token-command.js";

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  ingest: runIngestCommand,
  extract: runExtractCommand,
  token: runTokenCommand,
};

/** The `showgraph` command line: `showgraph ingest <file...>`, `showgraph extract <article.txt>`. */
runCommand(async () => {
  const [name, ...args] = process.argv.slice(2);
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    console.error(`${INGEST_USAGE}\n\n${EXTRACT_USAGE}\n\n${TOKEN_USAGE}`);
    process.exitCode = name === undefined || name === "--help" ? 0 : 2;
    return;
  }
  process.exitCode = await command(args);
});
