import { existsSync } from "node:fs";
import { join } from "node:path";

import express from "express";
import type { Express, RequestHandler } from "express";

import { ErrorCode } from "../errors/error-code.js";
import { httpErrorBody } from "../http-errors/http-error.js";
import { explorerAssetsFolder } from "./explorer-assets-folder.js";
import type { ExplorerPage } from "./explorer-page.js";
import { sendExplorerPage } from "./explorer-page.js";
import { prefersHtml } from "./prefers-html.js";
import { EXTRACT_PATH } from "../review/extract-route.js";
import { FACTS_CHECK_PATH } from "../review/facts-check-route.js";
import { readExamples } from "./read-examples.js";

export interface ExplorerOptions {
  /** Where GraphQL is served; the IDE is served there too, to browsers. */
  graphqlPath: string;
  /** Whether the server answers introspection: without it the IDE has no docs nor completion. */
  introspection: boolean;
}

function assetsMissing(bundle: string): boolean {
  return !existsSync(join(explorerAssetsFolder, `${bundle}.js`));
}

function servePage(makePage: () => Promise<ExplorerPage>): RequestHandler {
  return async (request, response) => {
    const page = await makePage();
    if (assetsMissing(page.bundle)) {
      response.status(500).json(
        httpErrorBody(request.path, {
          status: 500,
          code: ErrorCode.INTERNAL_SERVER_ERROR,
          message:
            "The explorer's assets are not built: run `npm run build` (it bundles them into explorer-dist/).",
        }),
      );
      return;
    }
    sendExplorerPage(response, page);
  };
}

/**
 * The GraphQL IDE (GraphiQL) at `graphqlPath` for browsers, the graph view at /explore and the
 * review page for extracted drafts at /review, all from the bundles in explorer-dist/; mount
 * before the GraphQL middleware.
 */
export function mountExplorer(app: Express, { graphqlPath, introspection }: ExplorerOptions): void {
  const config = { endpoint: graphqlPath, introspection };
  const ide = servePage(async () => ({
    title: "showgraph · GraphQL IDE",
    bundle: "graphiql",
    config: { ...config, examples: await readExamples() },
  }));

  app.get("/", (_request, response) => response.redirect(302, graphqlPath));
  app.get(graphqlPath, (request, response, next) =>
    prefersHtml(request) ? ide(request, response, next) : next(),
  );
  app.get(
    "/explore",
    servePage(async () => ({ title: "showgraph · Graph view", bundle: "explore", config })),
  );
  app.get(
    "/review",
    servePage(async () => ({
      title: "showgraph · Review a draft",
      bundle: "review",
      config: { ...config, extractPath: EXTRACT_PATH, factsCheckPath: FACTS_CHECK_PATH },
    })),
  );
  app.use(
    "/explorer/assets",
    // Names carry no hash: browsers revalidate (ETag) rather than keep a stale bundle.
    express.static(explorerAssetsFolder, { index: false, maxAge: 0 }),
  );
}
