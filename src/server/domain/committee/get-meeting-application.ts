import "server-only";
import type { MeetingApplicationInput } from "@/lib/committee/committee.schema";
import { committeeMessages } from "@/lib/committee/messages";
import type { ReviewDetail } from "@/lib/review/review-actions";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getReviewDetail } from "../review/get-review-detail";
import { chairedMeetingsWhere, mySeatWhere } from "./meeting-scope";

/**
 * 查阅申报材料 in a meeting: the submitted snapshot, its files and 业务表册, the flow so far — read
 * only — for the meeting's chair and the experts of its panel; anyone else finds nothing.
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
    select: { id: true },
  });
  if (!entry) throw new AppError("NOT_FOUND", committeeMessages.applicationNotInMeeting);
  const detail = await getReviewDetail(db, user, input.applicationId);
  return { ...detail, can: { pass: false, return: false, terminate: false } };
}
