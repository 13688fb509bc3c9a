import "server-only";
import { hallRoutes } from "@/components/hall/routes";
import type { ApplicationContent } from "@/lib/application/content.types";
import { dateValue, shanghaiDate } from "@/lib/calendar/calendar-date";
import type { TitleLevelCode } from "@/lib/dictionaries";
import { publicityMessages as m } from "@/lib/publicity/messages";
import { PUBLICITY_WORKING_DAYS } from "@/lib/publicity/publicity.types";
import { type MeetingTally, resultOpinion } from "@/lib/publicity/tally";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { tallySelect } from "../ballot/tally-select";
import { loadWorkingCalendar, workingDaysAfter } from "../calendar/load-working-calendar";
import { enqueueNotifications } from "../notifications/enqueue-notifications";
import { applyApplicationTransition } from "../review/apply-application-transition";

/** The tally columns of a closed MeetingApplication, or null when the vote left one empty. */
function tallyOf(row: {
  agree: number | null;
  disagree: number | null;
  abstain: number | null;
  presentEligible: number | null;
  threshold: number | null;
}): MeetingTally | null {
  const { agree, disagree, abstain, presentEligible, threshold } = row;
  if (agree === null || disagree === null || abstain === null || presentEligible === null || threshold === null)
    return null;
  return { agree, disagree, abstain, presentEligible, threshold };
}

/**
 * 公布评审结果: the chair of the meeting's committee publishes a closed meeting, in one transaction.
 * Each passed application moves from 评委会评审 to 公示 with a period of at least five working days
 * from today (Beijing date) and its public entry; each failed one ends 审核不通过终止审核 with the
 * vote as the reason. The flow events at the 评委会评审 node carry the meeting, the result and the
 * tally — the ballot's individual votes never leave it. The meeting's CLOSED → PUBLISHED update
 * comes first: of two chairs publishing at once one gets through, the other changes nothing. A
 * period the calendar cannot compute (a year with no 节假日安排) refuses the whole publication.
 */
export async function publishMeetingResults(
  db: Db,
  chair: { id: string; committeeIds: readonly string[] },
  meetingId: string,
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const meeting = await tx.reviewMeeting.findFirst({
      where: { id: meetingId, committeeId: { in: [...chair.committeeIds] } },
      select: { id: true, name: true, status: true },
    });
    if (!meeting) throw new AppError("NOT_FOUND", m.meetingNotFound);
    if (meeting.status === "PUBLISHED")
      throw new AppError("CONFLICT", m.alreadyPublished, { reason: "ALREADY_HANDLED" });
    if (meeting.status !== "CLOSED") throw new AppError("CONFLICT", m.meetingNotClosed);
    const { count } = await tx.reviewMeeting.updateMany({
      where: { id: meetingId, status: "CLOSED" },
      data: { status: "PUBLISHED", publishedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", m.alreadyPublished, { reason: "ALREADY_HANDLED" });

    const startsOn = shanghaiDate(now);
    const endsOn = workingDaysAfter(await loadWorkingCalendar(tx), startsOn, PUBLICITY_WORKING_DAYS);
    const rows = await tx.meetingApplication.findMany({
      where: { meetingId },
      orderBy: { createdAt: "asc" },
      select: {
        applicationId: true,
        ...tallySelect,
        application: {
          select: {
            applicantId: true,
            notice: { select: { title: true } },
            submissions: { orderBy: { sequence: "desc" }, take: 1, select: { content: true } },
          },
        },
      },
    });
    const actor = { id: chair.id, role: "COMMITTEE_CHAIR" as const };
    const from = { status: "SUBMITTED" as const, stage: "COMMITTEE_REVIEW" as const };
    let passed = 0;
    for (const row of rows) {
      const tally = tallyOf(row);
      if (!row.result || !tally) throw new AppError("CONFLICT", m.resultMissing);
      const opinion = resultOpinion(meeting.name, row.result === "PASSED", tally);
      if (row.result === "FAILED") {
        await applyApplicationTransition(tx, {
          applicationId: row.applicationId,
          from,
          action: "TERMINATE",
          actor,
          opinion,
          now,
        });
        continue;
      }
      passed += 1;
      await applyApplicationTransition(tx, {
        applicationId: row.applicationId,
        from,
        action: "PASS",
        actor,
        opinion,
        now,
      });
      const content = row.application.submissions[0]?.content as ApplicationContent | undefined;
      const basicInfo = content?.sections.basicInfo ?? {};
      await tx.publicity.create({
        data: {
          applicationId: row.applicationId,
          meetingId,
          applicantName: content?.applicant.name ?? "",
          unitName: content?.application.unit.name ?? "",
          series: content?.application.notice.series ?? "",
          appliedTitle: String(basicInfo.appliedTitle ?? ""),
          appliedLevel: basicInfo.appliedLevel as TitleLevelCode,
          startsOn: dateValue(startsOn),
          endsOn: dateValue(endsOn),
          publishedAt: now,
        },
      });
      await enqueueNotifications(tx, [
        {
          kind: "PUBLICITY_STARTED",
          recipientId: row.application.applicantId,
          applicationId: row.applicationId,
          params: { noticeTitle: row.application.notice.title, startsOn, endsOn },
          link: hallRoutes.progress(row.applicationId),
        },
      ]);
    }
    await recordAudit(tx, {
      actorId: chair.id,
      action: "meeting.publish",
      entityType: "ReviewMeeting",
      entityId: meetingId,
      fromStatus: "CLOSED",
      toStatus: "PUBLISHED",
      detail: { passed, failed: rows.length - passed, startsOn, endsOn },
    });
    return { passed, failed: rows.length - passed, startsOn, endsOn };
  });
}
