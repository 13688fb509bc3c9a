import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MeetingStatusCode } from "@/lib/committee/meeting";
import { committeeMessages } from "@/lib/committee/messages";
import { scopeIdsOf } from "@/lib/roles/role-scopes";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { chairedCommitteeIds } from "./committee-scope";

/** Meetings of committees the caller chairs. */
export const chairedMeetingsWhere = (user: SessionUser): Prisma.ReviewMeetingWhereInput => ({
  committeeId: { in: chairedCommitteeIds(user) },
});

/**
 * The caller's panel seats: drawn (not declined) as an expert of the meeting's committee while
 * still holding 评委会成员 there. A member who lost the role, or an expert who declined, sees
 * nothing of the meeting.
 */
export const mySeatWhere = (user: SessionUser): Prisma.MeetingExpertWhereInput => ({
  status: "DRAWN",
  expert: { userId: user.id },
  meeting: { committeeId: { in: scopeIdsOf(user.roles, "COMMITTEE_MEMBER") } },
});

/** The meeting when the caller chairs its committee; otherwise missing, like one that does not exist. */
export async function requireChairedMeeting(db: Db, user: SessionUser, meetingId: string) {
  const meeting = await db.reviewMeeting.findFirst({
    where: { AND: [{ id: meetingId }, chairedMeetingsWhere(user)] },
    select: { id: true, committeeId: true, noticeId: true, status: true, date: true, drawSeed: true },
  });
  if (!meeting) throw new AppError("NOT_FOUND", committeeMessages.meetingNotFound);
  return meeting;
}

/** The caller's seat on the meeting's panel; a meeting they do not sit on is missing. */
export async function requireSeat(db: Db, user: SessionUser, meetingId: string) {
  const seat = await db.meetingExpert.findFirst({
    where: { AND: [{ meetingId }, mySeatWhere(user)] },
    select: { id: true, present: true, meeting: { select: { id: true, status: true, committeeId: true } } },
  });
  if (!seat) throw new AppError("NOT_FOUND", committeeMessages.meetingNotFound);
  return seat;
}

/**
 * Takes the meeting for a change of its panel, applications or status: one conditional update
 * while it is in one of `statuses`, which bumps its version and holds its row lock to the end of the
 * transaction, so two changes of one meeting run one after the other and none acts on a meeting
 * whose status moved on (a 回避 racing 开始投票 loses, or waits and is refused).
 */
export async function lockMeeting(
  tx: Tx,
  meetingId: string,
  statuses: readonly MeetingStatusCode[],
  {
    data = {},
    refusal = committeeMessages.notEditable,
  }: { data?: Prisma.ReviewMeetingUpdateManyMutationInput; refusal?: string } = {},
) {
  const { count } = await tx.reviewMeeting.updateMany({
    where: { id: meetingId, status: { in: [...statuses] } },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT", refusal, { reason: "NOT_EDITABLE" });
}
