import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ApplicationStatusCode } from "@/lib/dictionaries";
import type { ReviewStageCode } from "@/lib/review/review-stages";
import { submissionMessages as m } from "@/lib/submission/messages";
import type { SubmitInput, SubmitResult } from "@/lib/submission/submission.schema";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { applicationMessages } from "../application/messages";
import { applyApplicationTransition } from "../review/apply-application-transition";
import { loadValidationInput } from "./load-validation-input";
import { noticeRefusal } from "./notice-acceptance";
import { submissionDigest } from "./submission-digest";
import { evaluateRules, RULE_SET_VERSION } from "./validation-rules";

/** What submitting does from each status: 提交 a draft, 重新提交 a returned application. */
const submitActions: Partial<Record<ApplicationStatusCode, "SUBMIT" | "RESUBMIT">> = {
  DRAFT: "SUBMIT",
  RETURNED: "RESUBMIT",
};

type LockedApplication = { status: ApplicationStatusCode; stage: ReviewStageCode | null; version: number };

/**
 * Locks the caller's application row until commit. Every change to the application's content
 * takes the same lock first (lock-editable-application.ts), so nothing changes between the rules
 * passing and the snapshot being written; a second 提交 waits here and then finds it submitted.
 */
async function lockApplication(tx: Tx, applicantId: string, applicationId: string): Promise<LockedApplication> {
  const rows = await tx.$queryRaw<LockedApplication[]>`
    SELECT "status", "stage", "version" FROM "Application"
    WHERE "id" = ${applicationId} AND "applicantId" = ${applicantId}
    FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", applicationMessages.notFound);
  return rows[0];
}

/**
 * Locks the applicant's approved binding until commit. 解除绑定 takes the same row's lock before it
 * looks for applications under review (unbind-binding.ts): if it came first, this finds no approved
 * binding and the submission is refused; if this came first, the unbinding waits and then sees the
 * submitted application. Either way no submitted application is left without its unit.
 */
async function lockApprovedBinding(tx: Tx, applicantId: string): Promise<void> {
  await tx.$queryRaw`
    SELECT "id" FROM "UnitBinding"
    WHERE "userId" = ${applicantId} AND "status" = 'APPROVED'
    FOR UPDATE`;
}

/**
 * 提交: in one transaction, locks the application and the applicant's binding, checks the notice's
 * window against the server's clock, re-runs every 数据验证信息 rule on the saved application, writes
 * the immutable snapshot (content, rule results, their digest), and moves DRAFT → SUBMITTED at
 * 推荐单位审核 with the first flow event and the audit entry. A returned application goes the same
 * way (重新提交): a new snapshot numbered after the last, back to the stage that returned it, its
 * returned modules closed again. Double clicks, tabs, parallel requests and a reviewer acting at the
 * same moment end with one move; the others are told it is already submitted.
 */
export async function submitApplication(
  db: Db,
  user: SessionUser,
  input: SubmitInput,
  now = new Date(),
): Promise<SubmitResult> {
  return db.$transaction(
    async (tx) => {
      const locked = await lockApplication(tx, user.id, input.applicationId);
      // A draft is submitted (提交); a returned application is submitted again (重新提交) to the
      // stage that returned it. Anything else is already with its reviewers or settled.
      const action = submitActions[locked.status];
      if (!action) throw new AppError("CONFLICT", m.alreadySubmitted, { reason: "ALREADY_HANDLED" });
      await lockApprovedBinding(tx, user.id);
      const validation = await loadValidationInput(tx, { id: input.applicationId }, now);
      if (!validation) throw new AppError("NOT_FOUND", applicationMessages.notFound);

      // The window bounds the first 提交 only: a 退回 comes during the review, after it.
      const refusal = action === "SUBMIT" ? noticeRefusal(validation.notice, now) : null;
      if (refusal) throw new AppError("BAD_REQUEST", refusal, { reason: "WINDOW_CLOSED" });
      const { results, problems } = evaluateRules(validation);
      if (problems.length > 0) throw new AppError("BAD_REQUEST", m.validationFailed, { reason: "VALIDATION_FAILED" });

      const { content } = validation;
      // The snapshot is the application as submitted: its content, in the status 提交 gives it.
      const frozen = {
        content: { ...content, application: { ...content.application, status: "SUBMITTED" as const } },
        ruleSetVersion: RULE_SET_VERSION,
        validation: { checkedAt: now.toISOString(), rules: results },
      };
      const sequence = (await tx.applicationSubmission.count({ where: { applicationId: input.applicationId } })) + 1;
      const submission = await tx.applicationSubmission.create({
        data: {
          applicationId: input.applicationId,
          sequence,
          submittedAt: now,
          submittedById: user.id,
          ruleSetVersion: frozen.ruleSetVersion,
          content: frozen.content as unknown as Prisma.InputJsonValue,
          validation: frozen.validation as unknown as Prisma.InputJsonValue,
          digest: submissionDigest(frozen),
        },
        select: { id: true },
      });
      await applyApplicationTransition(tx, {
        applicationId: input.applicationId,
        from: { status: locked.status, stage: locked.stage },
        version: locked.version,
        action,
        actor: { id: user.id, role: "APPLICANT" },
        submissionId: submission.id,
        now,
        conflictMessage: m.alreadySubmitted,
      });
      return {
        submissionId: submission.id,
        sequence,
        submittedAt: now,
        noticeTitle: validation.content.application.notice.title,
      };
    },
    // Parallel 提交 of one application queue on its row lock: give the last of them time to get there.
    { maxWait: 10_000, timeout: 30_000 },
  );
}
