import { openDatabase } from "../app/open-database.js";
import { runCommand } from "../app/run-command.js";
import { loadConfig } from "../config/config.js";
import { seedDatabase } from "../db/seed/seed-database.js";

runCommand(async () => {
  const { connection, executor } = await openDatabase(loadConfig(), { migrate: true, seedIfEmpty: false });
  try {
    console.log(`Seeded ${(await seedDatabase(executor)).join(", ")} (seeding again changes nothing).`);
  } finally {
    await connection.close();
  }
});
