import "server-only";
import type { JobLock } from "./job-lease";

/**
 * A periodic job of the server processes: the storage sweeper, notification delivery, and later
 * the scheduled transitions. Every job must be idempotent and safe to run again after a crash; the
 * lock only keeps two processes from doing the same work at the same time.
 */
export type PeriodicJob = {
  /** Unique; the lock is taken under it. */
  name: string;
  intervalMs: number;
  /** How long a run holds the job without renewing; renewed every third of it while it runs. */
  leaseMs: number;
  /** One run. Returns a line for the log, or null when there is nothing worth saying. */
  run(): Promise<string | null>;
};

/** How one attempt to run a job ended: it ran, another process (or this one) was running it, or it threw. */
export type RunOutcome = "ran" | "busy" | "failed";

/**
 * Runs `job` once if its lock can be taken: renews the lease while it runs, logs its line or its
 * error, frees the lock. Used by the schedule below and by tests and admin actions that want a
 * run now.
 */
export async function runJobOnce(job: PeriodicJob, lock: JobLock): Promise<RunOutcome> {
  const held = await lock.acquire(job.name, job.leaseMs);
  if (!held) return "busy";
  const renewal = setInterval(() => {
    held.renew().catch((error: unknown) => console.error(`Job ${job.name}: could not renew its lease:`, error));
  }, job.leaseMs / 3);
  renewal.unref();
  let failure: { error: unknown } | null = null;
  try {
    const line = await job.run();
    if (line) console.info(line);
  } catch (error) {
    console.error(`Job ${job.name} failed:`, error);
    failure = { error };
  } finally {
    clearInterval(renewal);
  }
  await held.release(failure?.error);
  return failure ? "failed" : "ran";
}

export type JobRunner = {
  stop(): void;
  /** Resolves when the runs in progress, if any, have ended. */
  idle(): Promise<void>;
};

/**
 * Runs each job at start and then every `intervalMs`, never two runs of one job at once in this
 * process, and through `lock` never at once across processes. A failed run is logged and the
 * schedule goes on. The timers do not keep the process alive.
 */
export function startJobRunner(jobs: readonly PeriodicJob[], lock: JobLock): JobRunner {
  const running = new Map<string, Promise<unknown>>();
  const tick = (job: PeriodicJob) => {
    if (running.has(job.name)) return;
    const run = runJobOnce(job, lock)
      .catch((error: unknown) => console.error(`Job ${job.name}: could not take its lock:`, error))
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
  };
  const timers = jobs.map((job) => {
    tick(job);
    const timer = setInterval(() => tick(job), job.intervalMs);
    timer.unref();
    return timer;
  });
  return {
    stop: () => {
      for (const timer of timers) clearInterval(timer);
    },
    idle: async () => {
      await Promise.all(running.values());
    },
  };
}
