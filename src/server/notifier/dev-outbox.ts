import "server-only";
import type { DeliveryChannel } from "@/generated/prisma/client";
import { maskMobile } from "@/lib/mask";
import type { Notifier, OutboundMessage } from "./types";

export type DevOutboxEntry = OutboundMessage & { sentAt: Date };

/** The newest messages the development notifier "sent", for the page /dev/notifications. */
export class DevOutbox {
  private readonly entries: DevOutboxEntry[] = [];

  constructor(private readonly keep = 200) {}

  record(message: OutboundMessage, sentAt = new Date()): void {
    this.entries.unshift({ ...message, sentAt });
    this.entries.length = Math.min(this.entries.length, this.keep);
  }

  /** Newest first. */
  recent(): readonly DevOutboxEntry[] {
    return this.entries;
  }
}

// The delivery job (started by instrumentation) and the page (a route module) are separate module
// instances in one Next.js process: they share the outbox through globalThis.
const holder = globalThis as unknown as { __zhichengDevOutbox?: DevOutbox };

export function devOutbox(): DevOutbox {
  holder.__zhichengDevOutbox ??= new DevOutbox();
  return holder.__zhichengDevOutbox;
}

const channelNames: Record<DeliveryChannel, string> = { SMS: "短信", EMAIL: "邮件" };

/**
 * The local Notifier: nothing leaves the machine. Each message goes to the dev outbox (shown at
 * /dev/notifications in development) and one log line with the number masked, which is all a
 * production-mode local run (`npm start`) shows of it.
 */
export function devNotifier(outbox: DevOutbox = devOutbox()): Notifier {
  return {
    name: "dev",
    async send(message) {
      outbox.record(message);
      console.info(
        `本机发件箱（未发出）：${channelNames[message.channel]} → ${maskMobile(message.destination)}：${message.title}`,
      );
    },
  };
}
