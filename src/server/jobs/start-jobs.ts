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
    console.warn("NOTIFIER=dev: SMS messages are only logged, not sent. Set NOTIFIER=http and SMS_API_* to send them.");
  }
  holder.__zhichengJobs = startJobRunner(configuredJobs(), databaseJobLock(getDb()));
}
