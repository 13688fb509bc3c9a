import "server-only";
import type { Db } from "@/server/db";

/** The bell's number: a person's unread messages (the partial index notification_unread). */
export async function countUnreadNotifications(db: Db, recipientId: string): Promise<number> {
  return db.notification.count({ where: { recipientId, readAt: null } });
}
