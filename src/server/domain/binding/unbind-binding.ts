import "server-only";
import { bindingMessages } from "@/lib/binding/messages";
import { UNDER_REVIEW_STATUSES } from "@/lib/review/review-stages";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applyBindingTransition } from "./apply-binding-transition";

/**
 * 解除绑定: the applicant leaves their unit, e.g. to bind another one. Refused while an application
 * recommended by this unit is under review, because the unit's review would lose its subject.
 * The order is the point: the conditional update comes FIRST and holds the binding row's lock until
 * commit, and only then are the applications read. 提交 locks the same row before it checks the
 * binding (submit-application.ts), so of the two racing, either the submission waits and finds the
 * binding gone, or this waits and its read — a new statement, so it sees the committed submission —
 * finds the application under review. Checking before locking would let both pass.
 */
export async function unbindBinding(db: Db, userId: string, bindingId: string) {
  return db.$transaction(async (tx) => {
    const binding = await applyBindingTransition(tx, {
      bindingId,
      transition: "unbind",
      actorId: userId,
      scope: { userId },
    });
    const underReview = await tx.application.findMany({
      where: { applicantId: userId, unitId: binding.unit.id, status: { in: [...UNDER_REVIEW_STATUSES] } },
      orderBy: { createdAt: "asc" },
      select: { notice: { select: { title: true } } },
    });
    if (underReview.length > 0) {
      throw new AppError("CONFLICT", bindingMessages.reviewUnderway(underReview.map((a) => a.notice.title)), {
        reason: "IN_USE",
      });
    }
    return binding;
  });
}
