import "server-only";
import { noticeMessages } from "@/lib/admin/notices/messages";
import type { Db } from "@/server/db";
import { noticeTextSelect } from "@/server/domain/notice/notice-select";
import { AppError } from "@/server/errors";

/** One notice with everything its edit form shows. */
export async function getNotice(db: Db, id: string) {
  const notice = await db.notice.findUnique({
    where: { id },
    select: {
      id: true,
      ...noticeTextSelect,
      departmentId: true,
      committeeId: true,
      status: true,
      publishedAt: true,
      closedAt: true,
    },
  });
  if (!notice) throw new AppError("NOT_FOUND", noticeMessages.notFound);
  return notice;
}
