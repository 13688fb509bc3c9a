import "server-only";
import type { MeetingStatusCode } from "@/lib/committee/meeting";
import type { MeetingSummary } from "@/lib/committee/views";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { dayOf } from "./expert-view";
import { chairedMeetingsWhere, mySeatWhere } from "./meeting-scope";

/**
 * 评审会议 of the caller: every meeting of the committees they chair, and the meetings whose panel
 * they sit on; latest first. An expert not on a panel sees none of it.
 */
export async function listMeetings(db: Db, user: SessionUser): Promise<MeetingSummary[]> {
  const chaired = chairedMeetingsWhere(user);
  const rows = await db.reviewMeeting.findMany({
    where: { OR: [chaired, { experts: { some: mySeatWhere(user) } }] },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      date: true,
      place: true,
      status: true,
      committeeId: true,
      committee: { select: { name: true } },
      notice: { select: { title: true } },
      _count: { select: { applications: true } },
    },
  });
  const chairs = new Set((chaired.committeeId as { in: string[] }).in);
  return rows.map((m) => ({
    id: m.id,
    name: m.name,
    date: dayOf(m.date),
    place: m.place,
    status: m.status as MeetingStatusCode,
    committeeName: m.committee.name,
    noticeTitle: m.notice.title,
    applicationCount: m._count.applications,
    isChair: chairs.has(m.committeeId),
  }));
}
