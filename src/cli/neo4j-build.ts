import { runCommand } from "../app/run-command.js";
import { ensureEmbeddedNeo4jBuilt } from "../neo4j/embedded/build-embedded-neo4j.js";

runCommand(async () => {
  await ensureEmbeddedNeo4jBuilt();
  console.log("The embedded Neo4j is built.");
});
