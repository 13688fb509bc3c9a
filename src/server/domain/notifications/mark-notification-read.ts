import "server-only";
import { notificationMessages } from "@/lib/notifications/messages";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * 标为已读 on one of the caller's own messages; marking a read one again changes nothing. The
 * recipient is part of every query, so another person's message is reported as missing, exactly
 * like one that does not exist.
 */
export async function markNotificationRead(db: Db, recipientId: string, id: string, now = new Date()): Promise<void> {
  const { count } = await db.notification.updateMany({
    where: { id, recipientId, readAt: null },
    data: { readAt: now },
  });
  if (count > 0) return;
  const own = await db.notification.count({ where: { id, recipientId } });
  if (own === 0) throw new AppError("NOT_FOUND", notificationMessages.notFound);
}
