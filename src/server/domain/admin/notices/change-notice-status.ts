import "server-only";
import { noticeMessages } from "@/lib/admin/notices/messages";
import { type NoticeTransition, noticeTransitions } from "@/lib/admin/notices/notice-status";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../../audit/record-audit";

/**
 * Applies one transition from the notice life-cycle table. The status check and the write are one
 * conditional UPDATE, so when two admins click 发布 together exactly one succeeds and the other
 * gets a conflict instead of a second publication.
 */
export async function changeNoticeStatus(
  db: Db,
  actorId: string,
  noticeId: string,
  transition: NoticeTransition,
  now = new Date(),
) {
  const { from, to, stampField } = noticeTransitions[transition];
  return db.$transaction(async (tx) => {
    const { count } = await tx.notice.updateMany({
      where: { id: noticeId, status: from },
      data: { status: to, [stampField]: now },
    });
    if (count === 0) {
      const exists = await tx.notice.count({ where: { id: noticeId } });
      throw exists > 0
        ? new AppError("CONFLICT", noticeMessages.statusChanged, { reason: "ALREADY_HANDLED" })
        : new AppError("NOT_FOUND", noticeMessages.notFound);
    }
    await recordAudit(tx, {
      actorId,
      action: `notice.${transition}`,
      entityType: "Notice",
      entityId: noticeId,
      fromStatus: from,
      toStatus: to,
    });
    return { id: noticeId, status: to };
  });
}
