import "server-only";
import type { Db } from "@/server/db";
import { sweepStaleParts } from "@/server/storage/staging";
import type { FileStorage } from "@/server/storage/types";

export type SweepReport = {
  /** Recorded objects removed: uploads that never got their row, deleted attachments' bytes. */
  recorded: number;
  /** Stored objects that neither a row nor a record knows (left before uploads were recorded). */
  unrecorded: number;
  /** Upload parts of dead processes. */
  parts: number;
  /** Empty folders. */
  folders: number;
  /** Removals that failed; their records stay for the next sweep. */
  failed: number;
};

export type SweepOptions = {
  /** Only what is older than this goes (STORAGE_SWEEP_GRACE_MINUTES). */
  graceMs: number;
  now?: Date;
};

const BATCH = 200;
/** A sweeper that claimed a record and died: another one takes the record after this long. */
const CLAIM_LEASE_MS = 15 * 60 * 1000;

/**
 * Makes storage converge with the rows. Removes (1) the bytes of UnclaimedFile records older than
 * the grace period — uploads whose row never committed, deleted attachments whose bytes could not
 * be removed — then the records; (2) with a backend that can list its store (local disk), stored
 * objects no row and no record knows; (3) stale upload parts; (4) empty folders. Several app
 * processes may sweep at once: each record is claimed by one conditional update, so one sweeper
 * removes it, and everything else here is idempotent.
 */
export async function sweepStorage(db: Db, storage: FileStorage, options: SweepOptions): Promise<SweepReport> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.graceMs);
  const report: SweepReport = { recorded: 0, unrecorded: 0, parts: 0, folders: 0, failed: 0 };

  await sweepRecords(db, storage, now, cutoff, report);
  if (storage.list) report.unrecorded = await sweepUnrecorded(db, storage, storage.list(), cutoff);
  report.parts = (await sweepStaleParts(storage.stagingDir, options.graceMs, now.getTime())).length;
  if (storage.removeEmptyFolders) report.folders = await storage.removeEmptyFolders(cutoff);
  return report;
}

async function sweepRecords(db: Db, storage: FileStorage, now: Date, cutoff: Date, report: SweepReport) {
  const claimable = { OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - CLAIM_LEASE_MS) } }] };
  const failedIds: string[] = [];
  for (;;) {
    const batch = await db.unclaimedFile.findMany({
      where: { backend: storage.backend, createdAt: { lte: cutoff }, id: { notIn: failedIds }, ...claimable },
      orderBy: { createdAt: "asc" },
      take: BATCH,
      select: { id: true, storageKey: true },
    });
    for (const record of batch) {
      // The claim: the ingest transaction claims an upload's record the same way (deleting it
      // only while unclaimed), so its row and this removal cannot both happen.
      const { count } = await db.unclaimedFile.updateMany({
        where: { id: record.id, ...claimable },
        data: { claimedAt: now },
      });
      if (count === 0) continue;
      try {
        if (record.storageKey === null) await storage.discard(record.id);
        else await storage.remove(record.storageKey);
        await db.unclaimedFile.deleteMany({ where: { id: record.id, claimedAt: now } });
        report.recorded += 1;
      } catch (error) {
        console.error(
          `Storage sweep: could not remove ${record.storageKey ?? record.id} from ${storage.backend}:`,
          error,
        );
        await db.unclaimedFile.updateMany({ where: { id: record.id, claimedAt: now }, data: { claimedAt: null } });
        failedIds.push(record.id);
        report.failed += 1;
      }
    }
    if (batch.length < BATCH) return;
  }
}

async function sweepUnrecorded(
  db: Db,
  storage: FileStorage,
  stored: AsyncIterable<{ key: string; storedAt: Date }>,
  cutoff: Date,
): Promise<number> {
  let removed = 0;
  const check = async (keys: string[]) => {
    // Records first, then rows: an upload's transaction deletes its record and inserts its row at
    // once, so a key committed between the two queries is seen by the second.
    const records = await db.unclaimedFile.findMany({
      where: { OR: [{ id: { in: keys } }, { storageKey: { in: keys } }] },
      select: { id: true, storageKey: true },
    });
    const rows = await db.attachment.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } });
    const known = new Set([...records.flatMap((r) => [r.id, r.storageKey]), ...rows.map((r) => r.storageKey)]);
    for (const key of keys) {
      if (known.has(key)) continue;
      await storage.remove(key);
      removed += 1;
    }
  };
  let keys: string[] = [];
  for await (const object of stored) {
    if (object.storedAt > cutoff) continue;
    keys.push(object.key);
    if (keys.length === BATCH) {
      await check(keys);
      keys = [];
    }
  }
  if (keys.length > 0) await check(keys);
  return removed;
}
