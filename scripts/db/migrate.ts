import { databaseTargetFromEnv, openAdapter } from "../../src/server/db/adapter";
import { applyMigrations } from "./schema-engine";

/** `npm run db:migrate`: applies pending migrations to the configured database. */
export async function migrate(): Promise<string[]> {
  const adapter = openAdapter(databaseTargetFromEnv());
  try {
    return await applyMigrations(adapter.factory);
  } finally {
    await adapter.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const applied = await migrate();
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
}
