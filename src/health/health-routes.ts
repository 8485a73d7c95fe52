import type { Express } from "express";

import type { ReadinessSources } from "./readiness.js";
import { checkReadiness } from "./readiness.js";

/**
 * GET /health, liveness: the process is up and its event loop turns; answered at once, without
 * asking Neo4j, so that a probe never restarts a healthy process because its database is away.
 * GET /ready, readiness: 200 `{status: "ready", reasons: []}` when traffic can be served, else
 * 503 `{status: "not ready", reasons: [...]}`, within a second. Kubernetes probes and load
 * balancers' health checks point at these (docs/reliability.md).
 */
export function mountHealthRoutes(app: Express, readiness: ReadinessSources): void {
  app.get("/health", (_request, response) => {
    response.setHeader("Cache-Control", "no-store");
    response.json({ status: "ok" });
  });
  app.get("/ready", async (_request, response) => {
    const report = await checkReadiness(readiness);
    response.setHeader("Cache-Control", "no-store");
    response.status(report.status === "ready" ? 200 : 503).json(report);
  });
}
