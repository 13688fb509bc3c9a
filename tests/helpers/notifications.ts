import type { PrismaClient } from "@/generated/prisma/client";
import { enqueueNotifications } from "@/server/domain/notifications/enqueue-notifications";
import type { Notifier, OutboundMessage } from "@/server/notifier/types";

/** `count` messages (BINDING_APPROVED, each with an SMS delivery) to `recipientId`, committed. */
export async function enqueueFor(db: PrismaClient, recipientId: string, count = 1) {
  await db.$transaction((tx) =>
    enqueueNotifications(
      tx,
      Array.from({ length: count }, (_, i) => ({
        kind: "BINDING_APPROVED" as const,
        recipientId,
        params: { unitName: `测试单位${i + 1}` },
        link: "/hall/binding",
      })),
    ),
  );
}

/**
 * A Notifier that answers as `behaviour` says (resolves: accepted, throws: refused) and records
 * every attempt and every accepted message.
 */
export function recordingNotifier(behaviour: (message: OutboundMessage) => Promise<void> = async () => {}) {
  const attempted: OutboundMessage[] = [];
  const sent: OutboundMessage[] = [];
  const notifier: Notifier = {
    name: "recording",
    async send(message) {
      attempted.push(message);
      await behaviour(message);
      sent.push(message);
    },
  };
  return { notifier, attempted, sent };
}
