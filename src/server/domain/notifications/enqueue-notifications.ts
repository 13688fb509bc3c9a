import "server-only";
import { randomUUID } from "node:crypto";
import { type NotificationKindCode, type NotificationParams, renderNotification } from "@/lib/notifications/wording";
import type { Tx } from "@/server/domain/shared/transaction";
import { deliveryTargetsOf } from "./delivery-targets";

/** One message to one person, worded from the wording table by its kind and parameters. */
export type OutgoingNotification = {
  [K in NotificationKindCode]: {
    kind: K;
    recipientId: string;
    params: NotificationParams[K];
    /** The application the message is about. */
    applicationId?: string;
    /** The path of this app the message opens (an application, a queue). */
    link?: string;
  };
}[NotificationKindCode];

/**
 * Writes messages into their recipients' message centres, and one delivery per channel each
 * recipient can receive into the outbox, all with the caller's transaction: they exist exactly when
 * the transition that caused them committed, and a rolled-back transition leaves none. Sending is
 * the delivery job's work, after the commit, so a slow or failing SMS gateway never holds up or
 * undoes a transition. Three statements, whatever the number of messages.
 */
export async function enqueueNotifications(tx: Tx, messages: readonly OutgoingNotification[]): Promise<void> {
  if (messages.length === 0) return;
  const recipientIds = [...new Set(messages.map((m) => m.recipientId))];
  const recipients = new Map(
    (await tx.user.findMany({ where: { id: { in: recipientIds } }, select: { id: true, mobile: true } })).map((u) => [
      u.id,
      u,
    ]),
  );
  const rows = messages.map((message) => ({
    id: randomUUID(),
    recipientId: message.recipientId,
    kind: message.kind,
    ...renderNotification(message.kind, message.params),
    applicationId: message.applicationId ?? null,
    link: message.link ?? null,
  }));
  await tx.notification.createMany({ data: rows });
  const deliveries = rows.flatMap((row) => {
    const recipient = recipients.get(row.recipientId);
    return recipient ? deliveryTargetsOf(recipient).map((target) => ({ notificationId: row.id, ...target })) : [];
  });
  if (deliveries.length > 0) await tx.notificationDelivery.createMany({ data: deliveries });
}
