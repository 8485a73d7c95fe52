import { join } from "node:path";

import { projectRoot } from "../common/project-root.js";

/** Where `npm run build` writes the explorer's bundles; git-ignored, served under /explorer/assets. */
export const explorerAssetsFolder = join(projectRoot, "explorer-dist");
