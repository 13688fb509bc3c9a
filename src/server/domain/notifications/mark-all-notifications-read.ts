import "server-only";
import type { Db } from "@/server/db";

/** 全部标为已读: every unread message of the caller. Returns how many were marked. */
export async function markAllNotificationsRead(db: Db, recipientId: string, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { recipientId, readAt: null }, data: { readAt: now } });
  return count;
}
