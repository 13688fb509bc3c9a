import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, diffSchemaAgainstMigrations, migrationsList } from "../../scripts/db/schema-engine";

/** An empty database of the backend under test, for the WebAssembly migration engine to work on. */
async function emptyDatabase(): Promise<{
  factory: SqlMigrationAwareDriverAdapterFactory;
  query(sql: string): Promise<unknown[]>;
  close(): Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const pglite = new PGlite();
    return {
      factory: new PrismaPGlite(pglite),
      query: async (sql) => (await pglite.query(sql)).rows,
      close: () => pglite.close(),
    };
  }
  const name = `migr_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    factory: new PrismaPg({ connectionString: url.toString() }),
    query: async (sql) => (await client.query(sql)).rows,
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe("database migrations", () => {
  it("applies every committed migration to an empty database once, and records it", async () => {
    const db = await emptyDatabase();
    cleanups.push(db.close);
    const expected = migrationsList().migrationDirectories.map((d) => d.path);
    expect(await applyMigrations(db.factory)).toEqual(expected);
    expect(await applyMigrations(db.factory)).toEqual([]);
    const recorded = (await db.query(`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`)) as {
      migration_name: string;
    }[];
    expect(recorded.map((r) => r.migration_name)).toEqual(expected);
    const tables = (await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`,
    )) as {
      table_name: string;
    }[];
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["User", "RoleAssignment", "Unit", "Notice", "AuditLog"]),
    );
  });

  it("has a migration for every change in the Prisma schema", async () => {
    const sql = await diffSchemaAgainstMigrations();
    expect(sql.replace(/--.*$/gm, "").trim()).toBe("");
  });
});
