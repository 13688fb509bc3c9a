import "server-only";
import { env } from "@/env";
import { getDb } from "@/server/db";
import { getStorage } from "@/server/storage";
import { type StorageSweeper, startStorageSweeper } from "./storage-sweeper";
import { sweepStorage } from "./sweep-storage";

const holder = globalThis as unknown as { __zhichengSweeper?: StorageSweeper };

/** The storage sweeper of this server process, on the configured database, backend and schedule. */
export function startConfiguredStorageSweeper(): void {
  if (holder.__zhichengSweeper) return;
  const config = env();
  const storage = getStorage();
  holder.__zhichengSweeper = startStorageSweeper({
    backend: storage.backend,
    intervalMs: config.STORAGE_SWEEP_INTERVAL_MINUTES * 60_000,
    sweep: () => sweepStorage(getDb(), storage, { graceMs: config.STORAGE_SWEEP_GRACE_MINUTES * 60_000 }),
  });
}
