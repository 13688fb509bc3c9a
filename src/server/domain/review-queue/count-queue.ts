import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { QueueCounts, QueueCountsInput, QueueFilters, QueueTab } from "@/lib/review-queue/queue.schema";
import type { ScopedRole } from "@/lib/roles/role-scopes";
import type { Db } from "@/server/db";
import { type QueueScope, requireQueueScope } from "./queue-scope";
import { queueWhere } from "./queue-where";

/** How many applications one tab holds under the filters: an index-only count of the queue's index. */
export function countSql(scope: QueueScope, tab: QueueTab, filters: QueueFilters): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "count" FROM "Application" a WHERE ${queueWhere(scope, tab, filters)}`;
}

export async function countTab(db: Db, scope: QueueScope, tab: QueueTab, filters: QueueFilters): Promise<number> {
  const [{ count }] = await db.$queryRaw<{ count: number }[]>(countSql(scope, tab, filters));
  return count;
}

/** The numbers on the 待审核 and 已审核 tabs, under the same filters as the list. */
export async function countQueue(db: Db, roles: readonly ScopedRole[], input: QueueCountsInput): Promise<QueueCounts> {
  const scope = requireQueueScope(input.stage, roles);
  // Two index ranges of different indexes: on PostgreSQL they are counted at once on two connections.
  const [pending, done] = await Promise.all([
    countTab(db, scope, "pending", input.filters),
    countTab(db, scope, "done", input.filters),
  ]);
  return { pending, done };
}
