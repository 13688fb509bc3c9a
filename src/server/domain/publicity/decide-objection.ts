import "server-only";
import { publicityMessages as m } from "@/lib/publicity/messages";
import { type DecideObjectionInput, PUBLICITY_PAGE } from "@/lib/publicity/publicity.types";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { enqueueNotifications } from "../notifications/enqueue-notifications";
import { applyApplicationTransition } from "../review/apply-application-transition";

/**
 * 记录核查结论 on an objection, by a chair of the application's committee. 成立: the result is
 * withdrawn — the application ends 审核不通过终止审核 at 公示 with the finding as its reason (and
 * the applicant is told by that transition). 不成立: it stays in 公示. The objection's PENDING →
 * decided update comes first, so of two chairs deciding at once one gets through. The person who
 * objected hears the conclusion either way.
 */
export async function decideObjection(
  db: Db,
  chair: { id: string; committeeIds: readonly string[] },
  input: DecideObjectionInput,
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const objection = await tx.publicityObjection.findFirst({
      where: {
        id: input.objectionId,
        publicity: { application: { notice: { committeeId: { in: [...chair.committeeIds] } } } },
      },
      select: {
        id: true,
        filedById: true,
        publicity: {
          select: {
            applicationId: true,
            applicantName: true,
            application: { select: { notice: { select: { title: true } } } },
          },
        },
      },
    });
    if (!objection) throw new AppError("NOT_FOUND", m.objectionNotFound);
    const status = input.upheld ? "UPHELD" : "REJECTED";
    const { count } = await tx.publicityObjection.updateMany({
      where: { id: objection.id, status: "PENDING" },
      data: { status, finding: input.finding, decidedById: chair.id, decidedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", m.objectionDecided, { reason: "ALREADY_HANDLED" });
    const { applicationId, applicantName } = objection.publicity;
    if (input.upheld)
      await applyApplicationTransition(tx, {
        applicationId,
        from: { status: "SUBMITTED", stage: "PUBLICITY" },
        action: "TERMINATE",
        actor: { id: chair.id, role: "COMMITTEE_CHAIR" },
        opinion: m.upheldReason(input.finding),
        now,
      });
    await recordAudit(tx, {
      actorId: chair.id,
      action: "objection.decide",
      entityType: "PublicityObjection",
      entityId: objection.id,
      fromStatus: "PENDING",
      toStatus: status,
      detail: { applicationId, finding: input.finding },
    });
    await enqueueNotifications(tx, [
      {
        kind: "OBJECTION_DECIDED",
        recipientId: objection.filedById,
        params: {
          noticeTitle: objection.publicity.application.notice.title,
          applicantName,
          upheld: input.upheld,
          finding: input.finding,
        },
        link: PUBLICITY_PAGE,
      },
    ]);
    return { status };
  });
}
