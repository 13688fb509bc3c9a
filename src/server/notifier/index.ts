import "server-only";
import { env } from "@/env";
import { devNotifier } from "./dev-outbox";
import { httpSmsNotifier } from "./http-sms";
import type { Notifier } from "./types";

/** The configured Notifier (NOTIFIER): the local dev outbox, or the HTTP SMS gateway. */
export function getNotifier(): Notifier {
  const config = env();
  if (config.NOTIFIER === "dev") return devNotifier();
  return httpSmsNotifier({ url: config.SMS_API_URL!, apiKey: config.SMS_API_KEY!, sender: config.SMS_SENDER! });
}
