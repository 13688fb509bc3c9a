import "server-only";
import type { FileStorage } from "@/server/storage/types";

/**
 * Removes the bytes of files whose rows a committed transaction deleted. Runs after the commit, so
 * a failure here cannot undo the deletion the person asked for; it leaves an unreferenced object,
 * which is logged (no row points to it, so nobody can read it).
 */
export async function removeStoredFiles(storage: FileStorage, keys: string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => storage.remove(key)));
  results.forEach((result, i) => {
    if (result.status === "rejected")
      console.error(`Could not remove stored file ${keys[i]} from ${storage.backend}:`, result.reason);
  });
}
