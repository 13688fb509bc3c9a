import "server-only";
import type { SweepReport } from "./sweep-storage";

export type StorageSweeper = {
  stop(): void;
  /** Resolves when the sweep in progress, if any, has ended. */
  idle(): Promise<void>;
};

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
 * Runs `sweep` now (at server start) and then every `intervalMs`, never two at once in this
 * process; other processes may sweep at the same time (sweepStorage allows it). Logs one line per
 * sweep that removed or failed something. The timer does not keep the process alive.
 */
export function startStorageSweeper(options: {
  backend: string;
  intervalMs: number;
  sweep: () => Promise<SweepReport>;
}): StorageSweeper {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = options
      .sweep()
      .then(
        (report) => {
          const line = describeSweep(options.backend, report);
          if (line) console.info(line);
        },
        (error: unknown) => console.error(`Storage sweep (${options.backend}) failed:`, error),
      )
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  return {
    stop: () => clearInterval(timer),
    idle: async () => {
      await running;
    },
  };
}
