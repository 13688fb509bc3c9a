import "server-only";
import type { MarkAttendanceInput } from "@/lib/committee/committee.schema";
import { quorumOf } from "@/lib/committee/meeting";
import { committeeMessages } from "@/lib/committee/messages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { lockMeeting, requireChairedMeeting } from "./meeting-scope";

/** 出席登记: the chair records whether a panel expert is present, until voting opens. */
export async function markAttendance(db: Db, user: SessionUser, input: MarkAttendanceInput, now = new Date()) {
  const meeting = await requireChairedMeeting(db, user, input.meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting.id, ["PANEL_DRAWN"]);
    const seat = await tx.meetingExpert.findFirst({
      where: { id: input.meetingExpertId, meetingId: meeting.id },
      select: { id: true, status: true, expertId: true },
    });
    if (!seat) throw new AppError("NOT_FOUND", committeeMessages.expertNotOnPanel);
    if (seat.status === "DECLINED") throw new AppError("CONFLICT", committeeMessages.declinedCannotAttend);
    await tx.meetingExpert.update({ where: { id: seat.id }, data: { present: input.present, presentMarkedAt: now } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "meeting.attendance",
      entityType: "ReviewMeeting",
      entityId: meeting.id,
      detail: { expertId: seat.expertId, present: input.present },
    });
    return { present: input.present };
  });
}

/**
 * 开始投票: only with a quorum — at least ⌈2/3⌉ of the panel's non-declined experts present — and
 * at least one application. Counted under the meeting's lock, so attendance cannot change between
 * the count and the opening.
 */
export async function openVoting(db: Db, user: SessionUser, meetingId: string, now = new Date()) {
  const meeting = await requireChairedMeeting(db, user, meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting.id, ["PANEL_DRAWN"]);
    const [seated, present, applications] = await Promise.all([
      tx.meetingExpert.count({ where: { meetingId: meeting.id, status: "DRAWN" } }),
      tx.meetingExpert.count({ where: { meetingId: meeting.id, status: "DRAWN", present: true } }),
      tx.meetingApplication.count({ where: { meetingId: meeting.id } }),
    ]);
    const quorum = quorumOf(seated);
    if (seated === 0 || present < quorum)
      throw new AppError("CONFLICT", committeeMessages.quorumNotMet(present, quorum), { reason: "NOT_EDITABLE" });
    if (applications === 0)
      throw new AppError("CONFLICT", committeeMessages.noApplications, { reason: "NOT_EDITABLE" });
    await tx.reviewMeeting.update({ where: { id: meeting.id }, data: { status: "VOTING", votingOpenedAt: now } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "meeting.open",
      entityType: "ReviewMeeting",
      entityId: meeting.id,
      fromStatus: "PANEL_DRAWN",
      toStatus: "VOTING",
      detail: { seated, present, quorum },
    });
    return { status: "VOTING" as const, seated, present, quorum };
  });
}
