import "server-only";
import type { Db } from "@/server/db";
import { reviewPositionSelect, toReviewPosition } from "../application/review-position";
import { noticeContentSelect } from "./notice-select";

/**
 * Notices an applicant can act on: published, and the server's clock inside their window.
 * The window is checked here, with the server's time, never only by hiding a button.
 * Each carries the caller's own application under it, if any, so the page offers 继续填报
 * instead of a second 申报.
 */
export async function listOpenNotices(db: Db, applicantId: string, now = new Date()) {
  const notices = await db.notice.findMany({
    where: { status: "PUBLISHED", startsAt: { lte: now }, endsAt: { gt: now } },
    orderBy: [{ endsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      ...noticeContentSelect,
      applications: { where: { applicantId }, select: { id: true, ...reviewPositionSelect } },
    },
  });
  return notices.map(({ applications: [mine], ...notice }) => ({
    ...notice,
    myApplication: mine ? { id: mine.id, ...toReviewPosition(mine) } : null,
  }));
}
