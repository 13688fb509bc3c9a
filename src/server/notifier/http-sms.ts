import "server-only";
import { smsText } from "@/lib/notifications/wording";
import { DeliveryRejected, type Notifier } from "./types";

export type HttpSmsOptions = {
  /** The gateway's endpoint that takes one message (SMS_API_URL). */
  url: string;
  /** Sent as `Authorization: Bearer <key>` (SMS_API_KEY). */
  apiKey: string;
  /** The registered sender or signature the gateway sends under (SMS_SENDER). */
  sender: string;
  /** A gateway that has not answered after this long is tried again later. */
  timeoutMs?: number;
};

/**
 * Client errors after which the same request may succeed later: a refused key or account (the
 * operator's to fix, and the messages should wait for it), a timeout, throttling.
 */
const RETRYABLE_CLIENT_STATUSES = new Set([401, 403, 408, 429]);

/**
 * The production Notifier for SMS: one JSON POST per message to an HTTP gateway,
 *
 *   POST <url>   Authorization: Bearer <apiKey>   Idempotency-Key: <delivery id>
 *   { "from": <sender>, "to": <mobile>, "text": <title：text, cut to 140 characters>, "reference": <delivery id> }
 *
 * A 2xx answer means accepted. A 4xx (other than 401, 403, 408, 429) means this message can never be
 * sent as it is, so it fails at once; anything else (5xx, timeout, network) is retried by the job.
 * The delivery id travels as the idempotency key: a gateway that honours it drops the repeat of a
 * message whose acceptance was lost (the one duplicate a crash between sending and recording can cause).
 */
export function httpSmsNotifier(options: HttpSmsOptions): Notifier {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    name: "http",
    async send(message) {
      if (message.channel !== "SMS") throw new DeliveryRejected(`the SMS gateway cannot send ${message.channel}`);
      const response = await fetch(options.url, {
        method: "POST",
        headers: {
          authorization: `Bearer ${options.apiKey}`,
          "content-type": "application/json",
          "idempotency-key": message.id,
        },
        body: JSON.stringify({
          from: options.sender,
          to: message.destination,
          text: smsText(message),
          reference: message.id,
        }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      const detail = `SMS gateway answered ${response.status}: ${(await response.text()).slice(0, 200)}`;
      if (response.status >= 400 && response.status < 500 && !RETRYABLE_CLIENT_STATUSES.has(response.status)) {
        throw new DeliveryRejected(detail);
      }
      throw new Error(detail);
    },
  };
}
