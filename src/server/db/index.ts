import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseTargetFromEnv, openAdapter } from "./adapter";

export type Db = PrismaClient;

/**
 * The application's database client. One per process: PGlite allows a single owner of its data
 * folder, and Next.js dev re-evaluates modules, so the instance is kept on globalThis.
 */
const holder = globalThis as unknown as { __zhichengDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (!holder.__zhichengDb) {
    const adapter = openAdapter(databaseTargetFromEnv());
    holder.__zhichengDb = new PrismaClient({ adapter: adapter.factory });
  }
  return holder.__zhichengDb;
}
