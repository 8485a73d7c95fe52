import { openDatabase } from "../app/open-database.js";
import { runCommand } from "../app/run-command.js";
import { loadConfig } from "../config/config.js";

runCommand(async () => {
  const { connection } = await openDatabase(loadConfig(), { migrate: true, seedIfEmpty: false });
  await connection.close();
  console.log("Migrations are up to date.");
});
