import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestDb, type TestDb } from "./db";

/**
 * The set-up an integration test file (or a describe block) starts from: registers the hooks
 * that create a fresh migrated database before its tests, run `setup` on it (an organisation, an
 * admin … whatever the tests share), and close it after them. The returned object is filled in by
 * that hook — the database's fields plus what `setup` returned — so read it inside hooks and tests,
 * never at the top level of the file.
 */
export function useTestDb<T extends object = object>(
  setup?: (db: PrismaClient) => Promise<T>,
  options: { countQueries?: boolean } = {},
): TestDb & T {
  const shared = {} as TestDb & T;
  beforeAll(async () => {
    Object.assign(shared, await createTestDb(options));
    if (setup) Object.assign(shared, await setup(shared.db));
  });
  afterAll(() => shared.close?.());
  return shared;
}
