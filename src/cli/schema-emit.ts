import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { runCommand } from "../app/run-command.js";
import { projectRoot } from "../common/project-root.js";
import { buildGraphQLSchema } from "../schema/build-graphql-schema.js";
import { printSchemaSdl } from "../schema/print-schema-sdl.js";

const schemaFile = join(projectRoot, "schema", "schema.graphql");

/** Writes schema/schema.graphql, or with --check fails when the committed file is stale. */
runCommand(async () => {
  const sdl = printSchemaSdl(await buildGraphQLSchema());
  if (process.argv.includes("--check")) {
    const committed = existsSync(schemaFile) ? readFileSync(schemaFile, "utf8") : "";
    if (committed !== sdl) {
      console.error(
        "schema/schema.graphql differs from what the code emits: run `npm run schema:emit` and commit it.",
      );
      process.exit(1);
    }
    console.log("schema/schema.graphql is up to date.");
    return;
  }
  writeFileSync(schemaFile, sdl);
  console.log(`Wrote ${schemaFile}`);
});
