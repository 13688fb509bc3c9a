import type { Db } from "@/server/db";

/**
 * Notices an applicant can act on: published, and the server's clock inside their window.
 * The window is checked here, with the server's time, never only by hiding a button.
 */
export async function listOpenNotices(db: Db, now = new Date()) {
  return db.notice.findMany({
    where: { status: "PUBLISHED", startsAt: { lte: now }, endsAt: { gt: now } },
    orderBy: { endsAt: "asc" },
    select: {
      id: true,
      title: true,
      series: true,
      levels: true,
      startsAt: true,
      endsAt: true,
      department: { select: { name: true } },
      committee: { select: { name: true } },
    },
  });
}
