import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applicantNoticeMessages as m } from "./messages";
import { noticeContentSelect } from "./notice-select";
import { noticeWindowState } from "./notice-window";

/** A published notice as an applicant reads it before applying; drafts and closed notices are not found. */
export async function getPublishedNotice(db: Db, id: string, now = new Date()) {
  const notice = await db.notice.findFirst({
    where: { id, status: "PUBLISHED" },
    select: { id: true, ...noticeContentSelect },
  });
  if (!notice) throw new AppError("NOT_FOUND", m.notFound);
  const windowState = noticeWindowState(notice, now);
  return { ...notice, windowState, isOpen: windowState === "OPEN" };
}
