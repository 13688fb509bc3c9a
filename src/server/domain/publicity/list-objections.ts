import "server-only";
import { calendarDateOf } from "@/lib/calendar/calendar-date";
import type { Db } from "@/server/db";

/**
 * The chair's 公示 desk: the committees' meetings whose vote is closed and waits for publication
 * (with how many passed), and the applications in 公示 with their objections. Who objected is
 * shown to the chair (to verify the facts), never on the public page.
 */
export async function listChairPublicity(db: Db, committeeIds: readonly string[]) {
  const closed = await db.reviewMeeting.findMany({
    where: { committeeId: { in: [...committeeIds] }, status: "CLOSED" },
    orderBy: { date: "asc" },
    select: {
      id: true,
      name: true,
      date: true,
      applications: { select: { result: true } },
    },
  });
  const meetings = closed.map(({ applications, date, ...m }) => ({
    ...m,
    date: calendarDateOf(date),
    passed: applications.filter((a) => a.result === "PASSED").length,
    failed: applications.filter((a) => a.result === "FAILED").length,
  }));
  const rows = await db.publicity.findMany({
    where: {
      application: { status: "SUBMITTED", stage: "PUBLICITY", notice: { committeeId: { in: [...committeeIds] } } },
    },
    orderBy: [{ endsOn: "asc" }, { applicantName: "asc" }],
    take: 500,
    select: {
      id: true,
      applicationId: true,
      applicantName: true,
      unitName: true,
      appliedTitle: true,
      startsOn: true,
      endsOn: true,
      meeting: { select: { name: true } },
      objections: {
        orderBy: { filedAt: "asc" },
        select: {
          id: true,
          text: true,
          filedAt: true,
          status: true,
          finding: true,
          decidedAt: true,
          filedBy: { select: { name: true } },
        },
      },
    },
  });
  const entries = rows.map(({ meeting, startsOn, endsOn, objections, ...row }) => ({
    ...row,
    meetingName: meeting.name,
    startsOn: calendarDateOf(startsOn),
    endsOn: calendarDateOf(endsOn),
    objections: objections.map(({ filedBy, ...o }) => ({ ...o, filedByName: filedBy.name })),
  }));
  return { meetings, entries };
}
