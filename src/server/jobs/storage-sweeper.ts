import "server-only";
import type { Db } from "@/server/db";
import type { FileStorage } from "@/server/storage/types";
import type { PeriodicJob } from "./job-runner";
import { type SweepReport, sweepStorage } from "./sweep-storage";

/** One line for the log, or null when the sweep found nothing to do. */
export function describeSweep(backend: string, report: SweepReport): string | null {
  const { recorded, unrecorded, parts, folders, failed } = report;
  if (recorded + unrecorded + parts + folders + failed === 0) return null;
  return (
    `Storage sweep (${backend}): removed ${recorded} unclaimed object(s), ${unrecorded} unrecorded object(s), ` +
    `${parts} stale upload part(s), ${folders} empty folder(s); ${failed} removal(s) failed and will be retried`
  );
}

/**
 * The storage sweeper as a periodic job: at server start and then every `intervalMs`. sweepStorage
 * is safe to run in several processes at once; the job lock just spares them the duplicate work.
 */
export function storageSweepJob(options: {
  db: () => Db;
  storage: FileStorage;
  intervalMs: number;
  graceMs: number;
}): PeriodicJob {
  return {
    name: "storage-sweep",
    intervalMs: options.intervalMs,
    leaseMs: 15 * 60_000,
    run: async () =>
      describeSweep(
        options.storage.backend,
        await sweepStorage(options.db(), options.storage, { graceMs: options.graceMs }),
      ),
  };
}
