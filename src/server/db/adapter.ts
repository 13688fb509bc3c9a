import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Where the data lives: PostgreSQL when a connection URL is given, otherwise embedded PGlite in a
 * data folder (or in memory for tests, with `memory://`).
 */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export const MEMORY = "memory://";

export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.PGLITE_DATA_DIR || ".data/pglite" };
}

export interface OpenAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The embedded database, when there is one: tests and scripts run SQL on it directly. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export function openAdapter(target: DatabaseTarget): OpenAdapter {
  if (target.kind === "postgres") {
    const factory = new PrismaPg({ connectionString: target.url, max: 10 });
    return { factory, close: async () => {} };
  }
  const inMemory = target.dataDir === MEMORY;
  if (!inMemory) mkdirSync(target.dataDir, { recursive: true });
  const pglite = inMemory ? new PGlite() : new PGlite(target.dataDir);
  return { factory: new PrismaPGlite(pglite), pglite, close: () => pglite.close() };
}
