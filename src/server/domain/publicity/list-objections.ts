import "server-only";
import { calendarDateOf } from "@/lib/calendar/calendar-date";
import type { Db } from "@/server/db";

/**
 * The chair's 公示 desk: the committees' applications in 公示 with their objections, the pending
 * ones first. Who objected is shown to the chair (to verify the facts), never on the public page.
 */
export async function listChairPublicity(db: Db, committeeIds: readonly string[]) {
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
  return rows.map(({ meeting, startsOn, endsOn, objections, ...row }) => ({
    ...row,
    meetingName: meeting.name,
    startsOn: calendarDateOf(startsOn),
    endsOn: calendarDateOf(endsOn),
    objections: objections.map(({ filedBy, ...o }) => ({ ...o, filedByName: filedBy.name })),
  }));
}

export type ChairPublicityEntry = Awaited<ReturnType<typeof listChairPublicity>>[number];
