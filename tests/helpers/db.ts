import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { type DatabaseTarget, openAdapter } from "@/server/db/adapter";
import { applyMigrations } from "../../scripts/db/schema-engine";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL (the CI runs the integration suite both ways).
 */
export type TestDb = {
  db: PrismaClient;
  backend: "pglite" | "postgres";
  /** Number of SQL statements the client sent while `work` ran (with `countQueries: true`). */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
};

const migrationsDir = path.resolve("prisma/migrations");

function migrationSql(): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
}

export async function createTestDb(options: { countQueries?: boolean } = {}): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const statements: string[] = [];
  const log = options.countQueries ? [{ emit: "event" as const, level: "query" as const }] : [];
  const watch = (client: PrismaClient<"query">) => {
    if (options.countQueries) client.$on("query", (event) => statements.push(event.query));
    return client as unknown as PrismaClient;
  };
  const countQueries = async (work: () => Promise<unknown>) => {
    if (!options.countQueries) throw new Error("createTestDb({ countQueries: true }) is needed to count queries");
    const before = statements.length;
    await work();
    return statements.length - before;
  };
  if (!serverUrl) {
    const pglite = new PGlite();
    for (const sql of migrationSql()) await pglite.exec(sql);
    const db = watch(new PrismaClient({ adapter: new PrismaPGlite(pglite), log }) as PrismaClient<"query">);
    return {
      db,
      backend: "pglite",
      countQueries,
      close: async () => {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }
  const name = `test_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const setup = new pg.Client({ connectionString: url.toString() });
  await setup.connect();
  for (const sql of migrationSql()) await setup.query(sql);
  await setup.end();
  const db = watch(
    new PrismaClient({
      adapter: new PrismaPg({ connectionString: url.toString(), max: 20 }),
      log,
    }) as PrismaClient<"query">,
  );
  return {
    db,
    backend: "postgres",
    countQueries,
    close: async () => {
      await db.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * A database that other processes (a child server, the backup scripts) open too: a PGlite data
 * folder in a temporary directory, or a new database on the TEST_DATABASE_URL server, migrated as
 * `npm run db:migrate` does (recorded in _prisma_migrations) unless asked for an empty one. PGlite
 * allows one owner of a folder, so `use` opens the database for the work it is given and closes it
 * again before another process takes it.
 */
export type SharedTestDb = {
  target: DatabaseTarget;
  backend: "pglite" | "postgres";
  use<T>(work: (db: PrismaClient) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
};

export async function createSharedTestDb(options: { migrated?: boolean } = {}): Promise<SharedTestDb> {
  const migrated = options.migrated ?? true;
  const serverUrl = process.env.TEST_DATABASE_URL;
  let target: DatabaseTarget;
  let drop: () => Promise<void>;
  if (!serverUrl) {
    const parent = mkdtempSync(path.join(tmpdir(), "zhicheng-db-"));
    const dataDir = path.join(parent, "pglite");
    target = { kind: "pglite", dataDir };
    drop = async () => rmSync(parent, { recursive: true, force: true });
  } else {
    const name = `test_${randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    target = { kind: "postgres", url: url.toString() };
    drop = async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
  }
  if (migrated) {
    const adapter = openAdapter(target);
    try {
      await applyMigrations(adapter.factory);
    } finally {
      await adapter.close();
    }
  }
  return {
    target,
    backend: target.kind,
    async use(work) {
      const adapter = openAdapter(target);
      const db = new PrismaClient({ adapter: adapter.factory });
      try {
        return await work(db);
      } finally {
        await db.$disconnect();
        await adapter.close();
      }
    },
    drop,
  };
}
