import "server-only";
import type { DeliveryChannel } from "@/generated/prisma/client";

/** One message leaving the system: what the delivery job hands to a Notifier. */
export type OutboundMessage = {
  /** The delivery's id: the same on every attempt, so a gateway can drop a repeated one. */
  id: string;
  channel: DeliveryChannel;
  /** A mobile number for SMS, an address for EMAIL. */
  destination: string;
  title: string;
  body: string;
};

/**
 * Sends messages outside the app (SMS, e-mail). Resolving means the gateway accepted the message;
 * throwing means it did not, and the delivery job tries again later — unless the error is a
 * DeliveryRejected, which no retry can fix.
 */
export interface Notifier {
  /** For the log: "dev", "http". */
  readonly name: string;
  send(message: OutboundMessage): Promise<void>;
}

/** The gateway refused this message for good (a malformed number, a channel it does not serve). */
export class DeliveryRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeliveryRejected";
  }
}
