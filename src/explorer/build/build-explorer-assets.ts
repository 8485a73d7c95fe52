import { rm } from "node:fs/promises";
import { join } from "node:path";

import { build } from "esbuild";

import { projectRoot } from "../../common/project-root.js";
import { explorerAssetsFolder } from "../explorer-assets-folder.js";

const webFolder = join(projectRoot, "web");

/** Monaco's language services, each a classic worker script (see web/graphiql/monaco-workers.ts). */
const MONACO_WORKERS = {
  "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
  "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
  "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
};

export interface ExplorerBuildOptions {
  /** Defaults to explorer-dist/ at the project root. */
  outdir?: string;
  minify?: boolean;
}

/**
 * Bundles GraphiQL (with its explorer plugin), the graph view and the review page from node_modules, so that the
 * service serves every script, style, font and worker itself: no CDN, works offline.
 */
export async function buildExplorerAssets({
  outdir = explorerAssetsFolder,
  minify = true,
}: ExplorerBuildOptions = {}): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  const common = {
    bundle: true,
    minify,
    target: "es2022",
    legalComments: "none",
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
  } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: {
        graphiql: join(webFolder, "graphiql/graphiql.tsx"),
        explore: join(webFolder, "graph-view/explore.ts"),
        review: join(webFolder, "review/review.ts"),
      },
      outdir,
      format: "esm",
      // Monaco is loaded with import() after the first render: its own chunk, loaded from here.
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
      assetNames: "assets/[name]-[hash]",
      jsx: "automatic",
      loader: { ".ttf": "file" },
    }),
    build({
      ...common,
      entryPoints: MONACO_WORKERS,
      outdir: join(outdir, "workers"),
      format: "iife",
    }),
  ]);
}
