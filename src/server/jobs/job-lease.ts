import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";

/** A job held by this process until released (or until the lease runs out without renewal). */
export type HeldJob = {
  /** Extends the lease by its length from now; false when it was lost (expired and taken over). */
  renew(): Promise<boolean>;
  /** Frees the job and records how the run ended. */
  release(error?: unknown): Promise<void>;
};

/** Who may run a job now: at most one holder per job name. */
export type JobLock = {
  acquire(name: string, leaseMs: number): Promise<HeldJob | null>;
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * The lock shared by every app process on one database: a JobLease row per job, taken by one
 * conditional update (free, or its lease expired), so of several processes that reach for a job
 * at once exactly one gets it; the others skip that turn. A process that dies holding a job leaves
 * it expired after the lease. Each run holds the lease under its own random id, so a run that lost
 * its lease can neither renew nor free the one that took over. Plain statements, no transaction
 * held open while the job runs (on embedded PGlite an open transaction would stall every request).
 */
export function databaseJobLock(db: Db): JobLock {
  return {
    async acquire(name, leaseMs) {
      await db.jobLease.createMany({ data: [{ name }], skipDuplicates: true });
      const holder = randomUUID();
      const now = new Date();
      const { count } = await db.jobLease.updateMany({
        where: { name, OR: [{ holder: null }, { expiresAt: { lt: now } }] },
        data: { holder, expiresAt: new Date(now.getTime() + leaseMs), lastStartedAt: now },
      });
      if (count === 0) return null;
      return {
        async renew() {
          const renewed = await db.jobLease.updateMany({
            where: { name, holder },
            data: { expiresAt: new Date(Date.now() + leaseMs) },
          });
          return renewed.count > 0;
        },
        async release(error) {
          await db.jobLease.updateMany({
            where: { name, holder },
            data: {
              holder: null,
              expiresAt: null,
              lastFinishedAt: new Date(),
              lastError: error === undefined ? null : errorText(error),
            },
          });
        },
      };
    },
  };
}
