import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { HeldJob, JobLock } from "@/server/jobs/job-lease";
import { type PeriodicJob, runJobOnce, startJobRunner } from "@/server/jobs/job-runner";
import { describeSweep } from "@/server/jobs/storage-sweeper";

const HOUR = 60 * 60 * 1000;

/** The job lock as several processes see it, kept in memory: who holds which job, and what each run recorded. */
function memoryLock() {
  const holders = new Map<string, number>();
  const released: { name: string; error: unknown }[] = [];
  let renewals = 0;
  let next = 0;
  const lock: JobLock = {
    async acquire(name) {
      if (holders.has(name)) return null;
      const me = ++next;
      holders.set(name, me);
      const held: HeldJob = {
        async renew() {
          renewals += 1;
          return holders.get(name) === me;
        },
        async release(error) {
          if (holders.get(name) === me) holders.delete(name);
          released.push({ name, error });
        },
      };
      return held;
    },
  };
  return { lock, holders, released, renewals: () => renewals };
}

function job(run: PeriodicJob["run"], intervalMs = HOUR, name = "sweep"): PeriodicJob {
  return { name, intervalMs, leaseMs: 15 * 60_000, run };
}

describe("the job runner", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs each job at server start and then once per interval", async () => {
    const { lock } = memoryLock();
    const run = vi.fn(async () => null);
    const runner = startJobRunner([job(run)], lock);
    await runner.idle();
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(HOUR - 1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(run).toHaveBeenCalledTimes(4);
    runner.stop();
    await vi.advanceTimersByTimeAsync(5 * HOUR);
    expect(run).toHaveBeenCalledTimes(4);
  });

  it("keeps each job on its own interval", async () => {
    const { lock } = memoryLock();
    const often = vi.fn(async () => null);
    const rarely = vi.fn(async () => null);
    const runner = startJobRunner([job(often, 5000, "delivery"), job(rarely, HOUR, "sweep")], lock);
    await vi.advanceTimersByTimeAsync(60_000);
    runner.stop();
    expect(often).toHaveBeenCalledTimes(13);
    expect(rarely).toHaveBeenCalledTimes(1);
  });

  it("never starts a run of a job while its last one still runs", async () => {
    const { lock } = memoryLock();
    let finish = () => {};
    const run = vi.fn(
      () =>
        new Promise<null>((resolve) => {
          finish = () => resolve(null);
        }),
    );
    const runner = startJobRunner([job(run)], lock);
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await runner.idle();
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(run).toHaveBeenCalledTimes(2);
    runner.stop();
  });

  it("skips its turn while another process holds the job", async () => {
    const { lock, holders } = memoryLock();
    holders.set("sweep", -1);
    const run = vi.fn(async () => null);
    expect(await runJobOnce(job(run), lock)).toBe("busy");
    expect(run).not.toHaveBeenCalled();
    holders.delete("sweep");
    expect(await runJobOnce(job(run), lock)).toBe("ran");
    expect(run).toHaveBeenCalledTimes(1);
    expect(holders.has("sweep")).toBe(false);
  });

  it("renews the lease every third of it while a long run goes on", async () => {
    const { lock, renewals } = memoryLock();
    let finish = () => {};
    const outcome = runJobOnce(
      job(() => new Promise<null>((resolve) => (finish = () => resolve(null)))),
      lock,
    );
    await vi.advanceTimersByTimeAsync(16 * 60_000);
    expect(renewals()).toBe(3);
    finish();
    expect(await outcome).toBe("ran");
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(renewals()).toBe(3);
  });

  it("logs a run's line, nothing for an idle run, and after a failure frees the job with the error and goes on", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { lock, released } = memoryLock();
    const failure = new Error("database unavailable");
    const lines = [null, "Storage sweep (local): removed 2 …", failure, "Storage sweep (local): removed 9 …"];
    let call = 0;
    const runner = startJobRunner(
      [
        job(async () => {
          const line = lines[call++];
          if (line instanceof Error) throw line;
          return line;
        }),
      ],
      lock,
    );
    await runner.idle();
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(HOUR);
      await runner.idle();
    }
    runner.stop();
    expect(info.mock.calls.map(([line]) => line)).toEqual([
      "Storage sweep (local): removed 2 …",
      "Storage sweep (local): removed 9 …",
    ]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]).toEqual(["Job sweep failed:", failure]);
    expect(released.map((r) => r.error)).toEqual([undefined, undefined, failure, undefined]);
  });
});

describe("the storage sweep's log line", () => {
  it("counts what was removed", () => {
    expect(describeSweep("local", { recorded: 2, unrecorded: 0, parts: 1, folders: 0, failed: 0 })).toBe(
      "Storage sweep (local): removed 2 unclaimed object(s), 0 unrecorded object(s), 1 stale upload part(s), 0 empty folder(s); 0 removal(s) failed and will be retried",
    );
  });

  it("says nothing about a sweep that found nothing", () => {
    expect(describeSweep("uploadthing", { recorded: 0, unrecorded: 0, parts: 0, folders: 0, failed: 0 })).toBeNull();
  });
});
