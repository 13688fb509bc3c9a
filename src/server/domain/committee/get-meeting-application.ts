import "server-only";
import type { MeetingApplicationInput } from "@/lib/committee/committee.schema";
import { committeeMessages } from "@/lib/committee/messages";
import type { ReviewDetail } from "@/lib/review/review-actions";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getReviewDetail } from "../review/get-review-detail";
import { chairedCommitteeIds } from "./committee-scope";
import { chairedMeetingsWhere, mySeatWhere } from "./meeting-scope";

/**
 * 查阅申报材料 in a meeting: the submitted snapshot, its files and 业务表册, the flow so far — read
 * only — for the meeting's chair, and for the experts of its panel who are present and not
 * recused while it sits; anyone else finds nothing.
 */
export async function getMeetingApplication(
  db: Db,
  user: SessionUser,
  input: MeetingApplicationInput,
): Promise<ReviewDetail> {
  const entry = await db.meetingApplication.findFirst({
    where: {
      meetingId: input.meetingId,
      applicationId: input.applicationId,
      meeting: { OR: [chairedMeetingsWhere(user), { experts: { some: mySeatWhere(user) } }] },
    },
    select: {
      meeting: {
        select: {
          status: true,
          committeeId: true,
          experts: { where: mySeatWhere(user), select: { present: true } },
        },
      },
      recusals: { where: { meetingExpert: { expert: { userId: user.id } } }, select: { id: true } },
    },
  });
  if (!entry) throw new AppError("NOT_FOUND", committeeMessages.applicationNotInMeeting);
  // The chair reads every application of the meeting; an expert of the panel only while the
  // meeting sits, once recorded present, and not one they stepped aside from — the same rule the
  // files and 业务表册 follow (panelReadableWhere), said here in words.
  const chairs = chairedCommitteeIds(user).includes(entry.meeting.committeeId);
  if (!chairs) {
    const [seat] = entry.meeting.experts;
    if (entry.meeting.status !== "PANEL_DRAWN" && entry.meeting.status !== "VOTING")
      throw new AppError("FORBIDDEN", committeeMessages.readingClosed);
    if (!seat?.present) throw new AppError("FORBIDDEN", committeeMessages.readOnlyWhenPresent);
    if (entry.recusals.length > 0) throw new AppError("FORBIDDEN", committeeMessages.readRecused);
  }
  const detail = await getReviewDetail(db, user, input.applicationId);
  return { ...detail, can: { pass: false, return: false, terminate: false } };
}
