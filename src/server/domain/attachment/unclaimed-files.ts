import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";
import type { FileStorage, StorageBackendName } from "@/server/storage/types";

/**
 * The records that keep storage and rows converging (see the UnclaimedFile model): bytes are never
 * in storage without either an Attachment row or a record here, so whatever a crash interrupts,
 * the storage sweeper finds what to remove.
 */
export type UnclaimedRecord = { id: string; storageKey: string | null };

/**
 * Records an upload before its bytes move into storage, committed on its own: if the process dies
 * while storing or before the row commits, the record outlives it. Returns the object's id, under
 * which the backend stores the bytes.
 */
export async function recordUpload(db: Db, backend: StorageBackendName): Promise<string> {
  const { id } = await db.unclaimedFile.create({ data: { id: randomUUID(), backend, reason: "UPLOAD" } });
  return id;
}

export class UploadSwept extends Error {
  constructor(id: string) {
    super(
      `The storage sweeper removed upload ${id} before its row was written (the upload outlasted the grace period)`,
    );
    this.name = "UploadSwept";
  }
}

/**
 * Called in the transaction that inserts the upload's row: from now on the row holds the bytes.
 * Fails when a sweeper has claimed the record, i.e. is removing the bytes.
 */
export async function claimUpload(tx: Tx, id: string): Promise<void> {
  const { count } = await tx.unclaimedFile.deleteMany({ where: { id, claimedAt: null } });
  if (count === 0) throw new UploadSwept(id);
}

/** Called in the transaction that deletes attachment rows: their bytes are to be removed after the commit. */
export async function recordDeletions(
  tx: Tx,
  files: { storageBackend: string; storageKey: string }[],
): Promise<(UnclaimedRecord & { backend: string })[]> {
  const records = files.map((f) => ({ id: randomUUID(), backend: f.storageBackend, storageKey: f.storageKey }));
  if (records.length > 0)
    await tx.unclaimedFile.createMany({ data: records.map((r) => ({ ...r, reason: "DELETE" as const })) });
  return records;
}

/**
 * An upload that will not get its row (refused under lock, storage failed): its bytes go now, and
 * its record with them. What cannot be removed now stays recorded for the storage sweeper.
 */
export async function abandonUpload(db: Db, storage: FileStorage, id: string, key: string | null): Promise<void> {
  try {
    if (key === null) await storage.discard(id);
    else await storage.remove(key);
    await db.unclaimedFile.deleteMany({ where: { id, claimedAt: null } });
  } catch (error) {
    console.error(
      `Could not remove abandoned upload ${id} from ${storage.backend}; left for the storage sweeper:`,
      error,
    );
  }
}
