import "server-only";
import { calendarDateOf } from "@/lib/calendar/calendar-date";
import type { PageInput } from "@/lib/pagination";
import type { PublicityEntryView } from "@/lib/publicity/publicity.types";
import type { Db } from "@/server/db";

/** Applications in 公示 now: passed by a meeting, not yet 终审通过 and not withdrawn by an upheld objection. */
export const inPublicity = { application: { status: "SUBMITTED", stage: "PUBLICITY" } } as const;

/**
 * The public 公示 page (no sign-in): the entries frozen at publication — name, unit, 职称系列,
 * applied title and level, meeting, period — and nothing else: the 身份证号 and mobile number are
 * not even read. Newest publication first.
 */
export async function listPublicPublicity(db: Db, { page, pageSize }: PageInput) {
  const [rows, total] = await Promise.all([
    db.publicity.findMany({
      where: inPublicity,
      orderBy: [{ publishedAt: "desc" }, { unitName: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        applicantName: true,
        unitName: true,
        series: true,
        appliedTitle: true,
        appliedLevel: true,
        startsOn: true,
        endsOn: true,
        meeting: { select: { name: true } },
      },
    }),
    db.publicity.count({ where: inPublicity }),
  ]);
  const items: PublicityEntryView[] = rows.map(({ meeting, startsOn, endsOn, ...row }) => ({
    ...row,
    meetingName: meeting.name,
    startsOn: calendarDateOf(startsOn),
    endsOn: calendarDateOf(endsOn),
  }));
  return { items, total, page, pageSize };
}
