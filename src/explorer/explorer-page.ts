import type { Response } from "express";

/** Everything a page loads comes from this service; the browser is told to refuse anything else. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL, Monaco and cytoscape set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export interface ExplorerPage {
  title: string;
  /** The bundle's name in explorer-dist/: graphiql, explore or review (a .js and a .css). */
  bundle: string;
  /** Read by web/shared/page-config.ts. */
  config: Record<string, unknown>;
}

/** JSON inside a script element: "<" escaped so that no string can close the element. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function renderExplorerPage({ title, bundle, config }: ExplorerPage): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/explorer/assets/${bundle}.css" />
    <script type="application/json" id="showgraph-config">${scriptSafeJson(config)}</script>
    <script type="module" src="/explorer/assets/${bundle}.js"></script>
  </head>
  <body>
    <div id="${bundle}"></div>
  </body>
</html>
`;
}

export function sendExplorerPage(response: Response, page: ExplorerPage): void {
  response
    .status(200)
    .set({
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      // /graphql answers HTML or GraphQL by the Accept header; caches must keep them apart.
      Vary: "Accept",
    })
    .send(renderExplorerPage(page));
}
