import "server-only";
import type { NotificationListInput } from "@/lib/notifications/notification.schema";
import type { Db } from "@/server/db";
import { notificationViewSelect } from "./notification-view";

/**
 * One page of a person's own messages, newest first. Keyset pagination on (createdAt, id), the
 * order of the recipient's index: a page costs the same however far down it is, and messages
 * arriving meanwhile do not shift the next page.
 */
export async function listNotifications(db: Db, recipientId: string, { cursor, limit }: NotificationListInput) {
  const rows = await db.notification.findMany({
    where: {
      recipientId,
      ...(cursor
        ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: notificationViewSelect,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
