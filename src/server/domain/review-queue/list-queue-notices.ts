import "server-only";
import type { QueueStage } from "@/lib/review-queue/queue.schema";
import type { ScopedRole } from "@/lib/roles/role-scopes";
import type { Db } from "@/server/db";
import { requireQueueScope } from "./queue-scope";

/**
 * The 申报通知 a queue's notice filter offers: the published (or closed) notices of the department
 * the caller reviews for, or of the departments of their units, newest first.
 */
export async function listQueueNotices(db: Db, roles: readonly ScopedRole[], stage: QueueStage) {
  const scope = requireQueueScope(stage, roles);
  const departmentIds =
    scope.column === "departmentId"
      ? scope.ids
      : (await db.unit.findMany({ where: { id: { in: scope.ids } }, select: { departmentId: true } })).map(
          (u) => u.departmentId,
        );
  return db.notice.findMany({
    where: { departmentId: { in: departmentIds }, status: { not: "DRAFT" } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true },
    take: 200,
  });
}
