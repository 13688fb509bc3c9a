import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { databaseJobLock } from "@/server/jobs/job-lease";
import { runJobOnce } from "@/server/jobs/job-runner";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb();
const MINUTE = 60_000;

describe("the job lock: one process runs a job at a time", () => {
  it("of ten processes reaching for a job at once, exactly one gets it", async () => {
    const locks = Array.from({ length: 10 }, () => databaseJobLock(t.db));
    const held = await Promise.all(locks.map((lock) => lock.acquire("race", MINUTE)));
    expect(held.filter(Boolean)).toHaveLength(1);
    expect(await t.db.jobLease.findUniqueOrThrow({ where: { name: "race" } })).toMatchObject({
      holder: expect.any(String),
      expiresAt: expect.any(Date),
      lastStartedAt: expect.any(Date),
    });
  });

  it("a released job can be taken again, and the lease records how the run ended", async () => {
    const lock = databaseJobLock(t.db);
    const first = await lock.acquire("release", MINUTE);
    expect(await lock.acquire("release", MINUTE)).toBeNull();
    await first!.release(new Error("storage unreachable"));
    expect(await t.db.jobLease.findUniqueOrThrow({ where: { name: "release" } })).toMatchObject({
      holder: null,
      expiresAt: null,
      lastFinishedAt: expect.any(Date),
      lastError: "storage unreachable",
    });
    const second = await lock.acquire("release", MINUTE);
    expect(second).not.toBeNull();
    await second!.release();
    expect((await t.db.jobLease.findUniqueOrThrow({ where: { name: "release" } })).lastError).toBeNull();
  });

  it("a holder that stopped renewing loses the job after its lease, and then can neither renew nor free it", async () => {
    const lock = databaseJobLock(t.db);
    const dead = await lock.acquire("expiry", 20);
    await sleep(40);
    const next = await lock.acquire("expiry", MINUTE);
    expect(next).not.toBeNull();
    expect(await dead!.renew()).toBe(false);
    await dead!.release();
    expect(await lock.acquire("expiry", MINUTE)).toBeNull();
    expect(await next!.renew()).toBe(true);
  });

  it("two processes' runs of a job at the same moment: one runs it, the other skips its turn", async () => {
    let runs = 0;
    const job = {
      name: "sweep-twice",
      intervalMs: MINUTE,
      leaseMs: MINUTE,
      run: async () => {
        runs += 1;
        await sleep(50);
        return null;
      },
    };
    const outcomes = await Promise.all([
      runJobOnce(job, databaseJobLock(t.db)),
      runJobOnce(job, databaseJobLock(t.db)),
    ]);
    expect(outcomes.sort()).toEqual(["busy", "ran"]);
    expect(runs).toBe(1);
    expect(await runJobOnce(job, databaseJobLock(t.db))).toBe("ran");
    expect(runs).toBe(2);
  });
});
