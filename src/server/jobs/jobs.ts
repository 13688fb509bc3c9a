import "server-only";
import { env } from "@/env";
import { getDb } from "@/server/db";
import { getNotifier } from "@/server/notifier";
import { getStorage } from "@/server/storage";
import type { PeriodicJob } from "./job-runner";
import { notificationDeliveryJob } from "./notification-delivery-job";
import { publicityApprovalJob } from "./publicity-approval-job";
import { storageSweepJob } from "./storage-sweeper";

/** Every periodic job of an app process, configured from the environment. A new job is one more line. */
export function configuredJobs(): PeriodicJob[] {
  const config = env();
  return [
    storageSweepJob({
      db: getDb,
      storage: getStorage(),
      intervalMs: config.STORAGE_SWEEP_INTERVAL_MINUTES * 60_000,
      graceMs: config.STORAGE_SWEEP_GRACE_MINUTES * 60_000,
    }),
    notificationDeliveryJob({ db: getDb, notifier: getNotifier(), intervalMs: config.NOTIFY_INTERVAL_SECONDS * 1000 }),
    publicityApprovalJob({ db: getDb, intervalMs: 60 * 60_000 }),
  ];
}
