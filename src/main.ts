import { connectDatabase, prepareDatabase } from "./app/open-database.js";
import { runCommand } from "./app/run-command.js";
import { loadConfig } from "./config/config.js";
import { Draining } from "./health/draining.js";
import { StartupProgress } from "./health/startup-progress.js";
import { limitHeapGrowth } from "./lifecycle/heap-growth.js";
import { stopOnSignals } from "./lifecycle/stop-on-signals.js";
import { registerDriverPoolMetrics } from "./observability/driver-pool-metrics.js";
import { loggerEventLog } from "./observability/event-log.js";
import { createObservability } from "./observability/observability.js";
import { buildGraphQLSchema } from "./schema/build-graphql-schema.js";
import { startHttpServer } from "./server/start-http-server.js";

limitHeapGrowth();

runCommand(async () => {
  const config = loadConfig();
  const started = Date.now();
  const observability = createObservability(config.observability);
  const log = loggerEventLog(observability.logger);
  const { connection, executor } = await connectDatabase(config, { log });
  if (observability.metrics) {
    registerDriverPoolMetrics(observability.metrics.registry, connection.driver);
  }
  // Listening before migrations and seeding: /health answers during a long first start, and
  // /ready says what is still missing.
  const progress = new StartupProgress();
  const draining = new Draining();
  const server = await startHttpServer({
    schema: await buildGraphQLSchema(),
    executor,
    host: config.host,
    port: config.port,
    introspection: config.introspection,
    exportMaxElements: config.export.maxElements,
    exportSlots: config.export.slots,
    limits: config.limits,
    readiness: { progress, embeddedState: connection.embedded?.state, draining },
    observability,
    shutdownGraceMs: config.observability.shutdownGraceMs,
    auth: config.auth,
    httpCache: config.httpCache,
  });
  try {
    await prepareDatabase(executor, { migrate: true, seedIfEmpty: config.seedOnStart, log }, progress);
  } catch (error) {
    await server.stop();
    await connection.close();
    throw error;
  }
  const seconds = (Date.now() - started) / 1000;
  const neo4jDescription = connection.embedded
    ? `embedded Neo4j at ${connection.uri}, data in ${config.neo4j.embedded.home}`
    : `Neo4j at ${connection.uri}`;
  log({
    event: "service.ready",
    seconds,
    url: server.url,
    metricsUrl: server.metricsUrl,
    neo4jUri: connection.uri,
    neo4jEmbeddedPid: connection.embedded?.pid,
    message: `showgraph ready in ${seconds.toFixed(1)} s at ${server.url}/graphql (${neo4jDescription})`,
  });

  stopOnSignals({
    log,
    graceMs: config.observability.shutdownGraceMs,
    steps: [
      {
        // Load balancers need to see /ready fail before the listener closes (docs/operations.md);
        // a person pressing Ctrl-C has none to wait for.
        name: "readiness (draining)",
        stop: (signal) => draining.drain(signal === "SIGTERM" ? config.observability.shutdownDrainMs : 0),
      },
      { name: "the HTTP server", stop: () => server.stop() },
      {
        name: connection.embedded ? "the driver and the embedded Neo4j" : "the driver",
        stop: () => connection.close(),
      },
    ],
    exit: (code) => observability.logger.flush(() => process.exit(code)),
  });
});
