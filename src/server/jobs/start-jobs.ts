import "server-only";
import { env } from "@/env";
import { getDb } from "@/server/db";
import { databaseJobLock } from "./job-lease";
import { type JobRunner, startJobRunner } from "./job-runner";
import { configuredJobs } from "./jobs";

const holder = globalThis as unknown as { __zhichengJobs?: JobRunner };

/** The periodic jobs of this server process (once, even when Next.js dev evaluates this module again). */
export function startConfiguredJobs(): void {
  if (holder.__zhichengJobs) return;
  const config = env();
  if (config.NODE_ENV === "production" && config.NOTIFIER === "dev") {
    console.warn("短信不会真正发出（NOTIFIER=dev，只记入本机发件箱）。正式部署请设置 NOTIFIER=http 及 SMS_API_*。");
  }
  holder.__zhichengJobs = startJobRunner(configuredJobs(), databaseJobLock(getDb()));
}
