import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

import { projectRoot } from "../../src/common/project-root.js";
import { buildExplorerAssets } from "../../src/explorer/build/build-explorer-assets.js";
import { explorerAssetsFolder } from "../../src/explorer/explorer-assets-folder.js";

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds explorer-dist/ as `npm run build` does, unless it is newer than web/ and the lock file. */
export async function ensureExplorerAssets(): Promise<void> {
  const built = join(explorerAssetsFolder, "explore.js");
  const sources = Math.max(
    newestChange(join(projectRoot, "web")),
    newestChange(join(projectRoot, "package-lock.json")),
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    await buildExplorerAssets();
  }
}
