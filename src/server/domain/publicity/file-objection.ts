import "server-only";
import { calendarDateOf, shanghaiDate } from "@/lib/calendar/calendar-date";
import { publicityMessages as m } from "@/lib/publicity/messages";
import { CHAIR_PUBLICITY_PAGE, type FileObjectionInput } from "@/lib/publicity/publicity.types";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { enqueueNotifications } from "../notifications/enqueue-notifications";
import { stageReviewerIds } from "../notifications/stage-reviewers";
import { lockApplicationInPublicity } from "./lock-publicity";

/**
 * 提出异议: anyone signed in, about an application in 公示, until the end of its period's last day
 * (Beijing date). The applicant cannot object to their own result. The committee's chairs are told.
 */
export async function fileObjection(db: Db, filer: { id: string }, input: FileObjectionInput, now: Date) {
  return db.$transaction(async (tx) => {
    const publicity = await tx.publicity.findUnique({
      where: { id: input.publicityId },
      select: {
        id: true,
        applicationId: true,
        applicantName: true,
        endsOn: true,
        application: { select: { applicantId: true, notice: { select: { title: true } } } },
      },
    });
    if (!publicity) throw new AppError("NOT_FOUND", m.notInPublicity);
    if (publicity.application.applicantId === filer.id) throw new AppError("FORBIDDEN", m.ownApplication);
    if (!(await lockApplicationInPublicity(tx, publicity.applicationId)))
      throw new AppError("CONFLICT", m.notInPublicity, { reason: "ALREADY_HANDLED" });
    if (shanghaiDate(now) > calendarDateOf(publicity.endsOn)) throw new AppError("CONFLICT", m.publicityEnded);

    const objection = await tx.publicityObjection.create({
      data: { publicityId: publicity.id, filedById: filer.id, text: input.text, filedAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: filer.id,
      action: "objection.file",
      entityType: "PublicityObjection",
      entityId: objection.id,
      toStatus: "PENDING",
      detail: { applicationId: publicity.applicationId },
    });
    const chairs = await stageReviewerIds(tx, "PUBLICITY", publicity.applicationId);
    await enqueueNotifications(
      tx,
      chairs.map((recipientId) => ({
        kind: "OBJECTION_FILED" as const,
        recipientId,
        applicationId: publicity.applicationId,
        params: { noticeTitle: publicity.application.notice.title, applicantName: publicity.applicantName },
        link: CHAIR_PUBLICITY_PAGE,
      })),
    );
    return { id: objection.id };
  });
}
