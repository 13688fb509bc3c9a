import "server-only";
import type { Db } from "@/server/db";
import type { FileStorage } from "@/server/storage/types";
import type { UnclaimedRecord } from "./unclaimed-files";

/**
 * Removes the bytes of files whose rows a committed transaction deleted, recorded in that
 * transaction (recordDeletions), and then their records. Runs after the commit, so a failure here
 * cannot undo the deletion the person asked for: the bytes that could not be removed stay
 * recorded, nobody can read them (no row points to them), and the storage sweeper retries.
 */
export async function removeStoredFiles(
  db: Db,
  storage: FileStorage,
  records: (UnclaimedRecord & { backend: string })[],
): Promise<void> {
  // Files of another backend (the configuration changed since) wait for a server of that backend.
  const mine = records.filter((r) => r.backend === storage.backend && r.storageKey !== null);
  const results = await Promise.allSettled(
    mine.map(async (record) => {
      await storage.remove(record.storageKey as string);
      await db.unclaimedFile.deleteMany({ where: { id: record.id, claimedAt: null } });
    }),
  );
  results.forEach((result, i) => {
    if (result.status === "rejected")
      console.error(
        `Could not remove stored file ${mine[i].storageKey} from ${storage.backend}; left for the storage sweeper:`,
        result.reason,
      );
  });
}
