import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { runCommand } from "../app/run-command.js";
import { projectRoot } from "../common/project-root.js";
import { factsJsonSchemaText } from "../ingest/facts-json-schema.js";

const schemaFile = join(projectRoot, "schema", "facts.schema.json");

/** Writes schema/facts.schema.json from the zod schema, or with --check fails when it is stale. */
runCommand(async () => {
  const text = factsJsonSchemaText();
  if (process.argv.includes("--check")) {
    if ((existsSync(schemaFile) ? readFileSync(schemaFile, "utf8") : "") !== text) {
      console.error(
        "schema/facts.schema.json differs from src/ingest/facts-schema.ts: run `npm run facts-schema:emit`.",
      );
      process.exit(1);
    }
    console.log("schema/facts.schema.json is up to date.");
    return;
  }
  writeFileSync(schemaFile, text);
  console.log(`Wrote ${schemaFile}`);
});
