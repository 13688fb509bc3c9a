import "server-only";
import { reviewStageOf } from "@/lib/review/review-stages";
import { reviewQueueMessages as m } from "@/lib/review-queue/messages";
import type { QueueStage } from "@/lib/review-queue/queue.schema";
import { type ScopedRole, scopeIdsOf } from "@/lib/roles/role-scopes";
import { AppError } from "@/server/errors";
import { reviewedAtColumns } from "./queue-columns";

/**
 * Whose applications a reviewer's queue at `stage` holds: the organisations their roles of the
 * stage's reviewer role are scoped to (the stage table, src/lib/review/review-stages.ts), and the
 * Application column naming that organisation — unitId for 推荐单位审核, and for 主管部门审核 the copy
 * of the unit's department (Application.departmentId), so one index range serves the queue.
 * Null when the roles give no queue at that stage.
 */
export type QueueScope = {
  stage: QueueStage;
  column: "unitId" | "departmentId";
  ids: string[];
  reviewedAt: (typeof reviewedAtColumns)[QueueStage];
};

const organisationColumn: Record<QueueStage, QueueScope["column"]> = {
  UNIT_REVIEW: "unitId",
  DEPT_REVIEW: "departmentId",
};

export function queueScope(stage: QueueStage, roles: readonly ScopedRole[]): QueueScope | null {
  const ids = scopeIdsOf(roles, reviewStageOf(stage).reviewer);
  if (ids.length === 0) return null;
  return { stage, column: organisationColumn[stage], ids, reviewedAt: reviewedAtColumns[stage] };
}

/** The caller's queue at `stage`; without the stage's reviewer role they may not ask (FORBIDDEN). */
export function requireQueueScope(stage: QueueStage, roles: readonly ScopedRole[]): QueueScope {
  const scope = queueScope(stage, roles);
  if (!scope) throw new AppError("FORBIDDEN", m.noAccess);
  return scope;
}
