import "server-only";
import type { EditableScope } from "@/lib/application/editability";
import type { FlowActorRoleCode } from "@/lib/review/application-transitions";
import type { ReviewActionResult } from "@/lib/review/review-actions";
import { type ReviewStageCode, reviewStageOf } from "@/lib/review/review-stages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applicationMessages } from "../application/messages";
import { applyApplicationTransition } from "./apply-application-transition";
import { reviewMessages as m } from "./messages";
import { actingApplicationsWhere, reviewerReadableWhere } from "./reviewed-applications";

/** A reviewer's decision on one application: 通过, 退回 (with the modules) or 终止审核 (the reason as opinion). */
export type Decision = {
  applicationId: string;
  /** The Application.version the reviewer saw; absent in 批量通过, where the status and stage guard alone. */
  version?: number;
  /** Only at this stage (批量通过 from one stage's queue); any stage the caller reviews otherwise. */
  stage?: ReviewStageCode;
} & (
  | { action: "PASS"; opinion?: string }
  | { action: "RETURN"; opinion: string; returnedModules: EditableScope[] }
  | { action: "TERMINATE"; opinion: string }
);

/**
 * 通过, 退回 or 终止审核 by a reviewer, in one transaction: the application is found through the
 * caller's scope at its current stage, then moved along the transition table's row for the stage's
 * reviewer role by one conditional update on its status, stage and version, with the flow event,
 * the audit entry and the messages. One the caller cannot read is missing; one they can read but
 * that has left their stage, or changed since they loaded it (another reviewer, the applicant's
 * 重新提交), is 「该申报已被其他人处理，请刷新」 — never a second event.
 */
export async function decideApplication(
  db: Db,
  user: SessionUser,
  decision: Decision,
  now = new Date(),
): Promise<ReviewActionResult> {
  return db.$transaction(async (tx) => {
    const { applicationId } = decision;
    const acting = actingApplicationsWhere(user.roles, decision.stage);
    const row = acting
      ? await tx.application.findFirst({
          where: { AND: [{ id: applicationId }, acting] },
          select: { status: true, stage: true, version: true },
        })
      : null;
    if (!row?.stage) {
      const readable = reviewerReadableWhere(user);
      const seen = readable && (await tx.application.count({ where: { AND: [{ id: applicationId }, readable] } }));
      if (seen) throw new AppError("CONFLICT", m.alreadyHandled, { reason: "ALREADY_HANDLED" });
      throw new AppError("NOT_FOUND", applicationMessages.notFound);
    }
    const { transition } = await applyApplicationTransition(tx, {
      applicationId,
      from: { status: row.status, stage: row.stage },
      version: decision.version ?? row.version,
      action: decision.action,
      actor: { id: user.id, role: reviewStageOf(row.stage).reviewer as FlowActorRoleCode },
      opinion: decision.opinion,
      returnedModules: decision.action === "RETURN" ? decision.returnedModules : undefined,
      now,
    });
    return { status: transition.to.status, stage: transition.to.stage };
  });
}
