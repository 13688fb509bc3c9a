import "server-only";
import type { Db } from "@/server/db";
import type { Notifier } from "@/server/notifier/types";
import { deliverDueNotifications, deliveryPolicy, describeDelivery } from "./deliver-notifications";
import type { PeriodicJob } from "./job-runner";

/** Sends the outbox's due messages every `intervalMs` (NOTIFY_INTERVAL_SECONDS). */
export function notificationDeliveryJob(options: {
  db: () => Db;
  notifier: Notifier;
  intervalMs: number;
}): PeriodicJob {
  return {
    name: "notification-delivery",
    intervalMs: options.intervalMs,
    leaseMs: deliveryPolicy.leaseMs,
    run: async () =>
      describeDelivery(options.notifier.name, await deliverDueNotifications(options.db(), options.notifier)),
  };
}
