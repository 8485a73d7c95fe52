import { openDatabase } from "./app/open-database.js";
import { runCommand } from "./app/run-command.js";
import { loadConfig } from "./config/config.js";
import { buildGraphQLSchema } from "./schema/build-graphql-schema.js";
import { startHttpServer } from "./server/start-http-server.js";

runCommand(async () => {
  const config = loadConfig();
  const started = Date.now();
  const { connection, executor } = await openDatabase(config, {
    migrate: true,
    seedIfEmpty: config.seedOnStart,
  });
  const server = await startHttpServer({
    schema: await buildGraphQLSchema(),
    executor,
    host: config.host,
    port: config.port,
    introspection: config.introspection,
    exportMaxElements: config.export.maxElements,
    limits: config.limits,
    auth: config.auth,
  });
  const neo4jDescription = connection.embedded
    ? `embedded Neo4j at ${connection.uri}, data in ${config.neo4j.embedded.home}`
    : `Neo4j at ${connection.uri}`;
  console.log(
    `showgraph ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${server.url}/graphql (${neo4jDescription})`,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`${signal}: stopping...`);
    await server.stop();
    await connection.close();
    process.exit(0);
  };
  process.on("SIGINT", (signal) => void stop(signal));
  process.on("SIGTERM", (signal) => void stop(signal));
});
