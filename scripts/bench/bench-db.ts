import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { MEMORY, openAdapter } from "../../src/server/db/adapter";
import { applyMigrations } from "../db/schema-engine";

export type BenchDb = { db: PrismaClient; backend: string; close(): Promise<void> };

/**
 * A throw-away, migrated database opened the way the application opens its own (src/server/db):
 * in-memory PGlite by default, or a fresh database on the PostgreSQL server of BENCH_DATABASE_URL,
 * dropped afterwards.
 */
export async function openBenchDb(serverUrl = process.env.BENCH_DATABASE_URL): Promise<BenchDb> {
  if (!serverUrl) {
    const adapter = openAdapter({ kind: "pglite", dataDir: MEMORY });
    await applyMigrations(adapter.factory);
    const db = new PrismaClient({ adapter: adapter.factory });
    return {
      db,
      backend: "PGlite (in memory, one embedded connection)",
      close: async () => {
        await db.$disconnect();
        await adapter.close();
      },
    };
  }
  const name = `bench_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const adapter = openAdapter({ kind: "postgres", url: url.toString() });
  await applyMigrations(adapter.factory);
  const db = new PrismaClient({ adapter: adapter.factory });
  return {
    db,
    backend: `PostgreSQL ${url.host} (pool as in production)`,
    close: async () => {
      await db.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
