import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeSweep, startStorageSweeper } from "@/server/jobs/storage-sweeper";
import type { SweepReport } from "@/server/jobs/sweep-storage";

const nothing: SweepReport = { recorded: 0, unrecorded: 0, parts: 0, folders: 0, failed: 0 };
const HOUR = 60 * 60 * 1000;

describe("the storage sweeper's schedule", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("sweeps at server start and then once per interval", async () => {
    const sweep = vi.fn(async () => nothing);
    const sweeper = startStorageSweeper({ backend: "local", intervalMs: HOUR, sweep });
    expect(sweep).toHaveBeenCalledTimes(1);
    await sweeper.idle();
    await vi.advanceTimersByTimeAsync(HOUR - 1);
    expect(sweep).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sweep).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(sweep).toHaveBeenCalledTimes(4);
    sweeper.stop();
    await vi.advanceTimersByTimeAsync(5 * HOUR);
    expect(sweep).toHaveBeenCalledTimes(4);
  });

  it("never starts a sweep while the last one still runs", async () => {
    let finish = () => {};
    const sweep = vi.fn(
      () =>
        new Promise<SweepReport>((resolve) => {
          finish = () => resolve(nothing);
        }),
    );
    const sweeper = startStorageSweeper({ backend: "local", intervalMs: HOUR, sweep });
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(sweep).toHaveBeenCalledTimes(1);
    finish();
    await sweeper.idle();
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(sweep).toHaveBeenCalledTimes(2);
    sweeper.stop();
  });

  it("logs one line for a sweep that removed something, none for an idle one, and goes on after a failure", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const reports = [
      Promise.resolve(nothing),
      Promise.resolve({ ...nothing, recorded: 2, parts: 1 }),
      Promise.reject(new Error("database unavailable")),
      Promise.resolve({ ...nothing, unrecorded: 9, folders: 3 }),
    ];
    for (const r of reports) r.catch(() => {});
    let call = 0;
    const sweeper = startStorageSweeper({ backend: "local", intervalMs: HOUR, sweep: () => reports[call++] });
    await sweeper.idle();
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(HOUR);
      await sweeper.idle();
    }
    sweeper.stop();
    expect(info.mock.calls.map(([line]) => line)).toEqual([
      "Storage sweep (local): removed 2 unclaimed object(s), 0 unrecorded object(s), 1 stale upload part(s), 0 empty folder(s); 0 removal(s) failed and will be retried",
      "Storage sweep (local): removed 0 unclaimed object(s), 9 unrecorded object(s), 0 stale upload part(s), 3 empty folder(s); 0 removal(s) failed and will be retried",
    ]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).toBe("Storage sweep (local) failed:");
  });

  it("says nothing about a sweep that found nothing", () => {
    expect(describeSweep("uploadthing", nothing)).toBeNull();
  });
});
