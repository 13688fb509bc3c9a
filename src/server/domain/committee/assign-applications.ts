import "server-only";
import type { AssignApplicationsInput, MeetingApplicationInput } from "@/lib/committee/committee.schema";
import { committeeMessages } from "@/lib/committee/messages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { assignableWhere } from "./assignable-applications";
import { createAutomaticRecusals } from "./automatic-recusals";
import { lockMeeting, requireChairedMeeting } from "./meeting-scope";

const notAssignable = () =>
  new AppError("CONFLICT", committeeMessages.applicationNotAssignable, { reason: "NOT_EDITABLE" });

/**
 * 分配申报: applications at 评委会评审 of the meeting's notice join it, before voting opens. An
 * application is in one meeting at most — the unique key on MeetingApplication.applicationId holds
 * it, so two meetings taking the same application at once leave it in one. Experts of the
 * applicants' units already on the panel are recused at once.
 */
export async function assignApplications(db: Db, user: SessionUser, input: AssignApplicationsInput) {
  const meeting = await requireChairedMeeting(db, user, input.meetingId);
  try {
    return await db.$transaction(async (tx) => {
      await lockMeeting(tx, meeting.id, ["DRAFT", "PANEL_DRAWN"]);
      const found = await tx.application.count({
        where: { AND: [{ id: { in: input.applicationIds } }, assignableWhere(meeting.noticeId)] },
      });
      if (found !== input.applicationIds.length) throw notAssignable();
      await tx.meetingApplication.createMany({
        data: input.applicationIds.map((applicationId) => ({ meetingId: meeting.id, applicationId })),
      });
      const recused = await createAutomaticRecusals(tx, meeting.id);
      await recordAudit(tx, {
        actorId: user.id,
        action: "meeting.assign",
        entityType: "ReviewMeeting",
        entityId: meeting.id,
        detail: { applicationIds: input.applicationIds },
      });
      return { assigned: input.applicationIds.length, recused };
    });
  } catch (error) {
    if (
      isUniqueViolation(error, {
        model: "MeetingApplication",
        column: "applicationId",
        index: "MeetingApplication_applicationId_key",
      })
    )
      throw notAssignable();
    throw error;
  }
}

/** 移出会议: an application leaves the meeting before voting opens (its 回避 go with it). */
export async function unassignApplication(db: Db, user: SessionUser, input: MeetingApplicationInput) {
  const meeting = await requireChairedMeeting(db, user, input.meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting.id, ["DRAFT", "PANEL_DRAWN"]);
    const { count } = await tx.meetingApplication.deleteMany({
      where: { meetingId: meeting.id, applicationId: input.applicationId },
    });
    if (count === 0) throw new AppError("NOT_FOUND", committeeMessages.applicationNotInMeeting);
    await recordAudit(tx, {
      actorId: user.id,
      action: "meeting.unassign",
      entityType: "ReviewMeeting",
      entityId: meeting.id,
      detail: { applicationId: input.applicationId },
    });
    return { removed: true };
  });
}
