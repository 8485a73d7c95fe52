import { runCommand } from "../app/run-command.js";
import { buildExplorerAssets } from "../explorer/build/build-explorer-assets.js";
import { explorerAssetsFolder } from "../explorer/explorer-assets-folder.js";

runCommand(async () => {
  const started = Date.now();
  await buildExplorerAssets();
  console.log(
    `explorer assets built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${explorerAssetsFolder}`,
  );
});
