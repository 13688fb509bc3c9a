import { seedAppDatabase, seedIdentityPlatform } from "../prisma/seed";
import { PrismaClient } from "../src/generated/prisma/client";
import { databaseTargetFromEnv, openAdapter } from "../src/server/db/adapter";
import { migrate } from "./db/migrate";

/**
 * Brings the configured database to the current migrations and loads the demo data; with the
 * built-in identity platform, also its demo accounts. Idempotent. Used by `npm start` and the
 * browser-test server.
 */
export async function prepareData(options: { idpDataDir: string | null }): Promise<string[]> {
  const applied = await migrate();
  const adapter = openAdapter(databaseTargetFromEnv());
  const db = new PrismaClient({ adapter: adapter.factory });
  try {
    await seedAppDatabase(db);
  } finally {
    await db.$disconnect();
    await adapter.close();
  }
  if (options.idpDataDir) await seedIdentityPlatform(options.idpDataDir);
  return applied;
}
