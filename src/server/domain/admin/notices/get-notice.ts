import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { noticeMessages } from "./messages";

/** One notice with everything its edit form shows. */
export async function getNotice(db: Db, id: string) {
  const notice = await db.notice.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      body: true,
      series: true,
      levels: true,
      departmentId: true,
      committeeId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      publishedAt: true,
      closedAt: true,
    },
  });
  if (!notice) throw new AppError("NOT_FOUND", noticeMessages.notFound);
  return notice;
}
