import "server-only";
import type { DeliveryChannel } from "@/generated/prisma/client";

export type DeliveryTarget = { channel: DeliveryChannel; destination: string };

/**
 * Where a person can receive a message outside the message centre: by SMS when a mobile number is
 * known. EMAIL is a channel of the outbox and of the Notifier, but nobody has an e-mail address in
 * this system (the identity platform releases none), so no e-mail delivery is written yet; the
 * day people have one, it is added here and nowhere else.
 */
export function deliveryTargetsOf(person: { mobile: string | null }): DeliveryTarget[] {
  return person.mobile ? [{ channel: "SMS", destination: person.mobile }] : [];
}
