import "server-only";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

/** No upload takes this long; a part older than this was left by a process that died mid-upload. */
export const STALE_PART_MS = 6 * 60 * 60 * 1000;

/**
 * Removes upload parts a crashed or killed server left in the staging folder (an upload that fails
 * in a running server removes its own part). Only parts older than `olderThanMs` go, so uploads in
 * progress in another process sharing the folder are never touched. Returns the names removed.
 */
export async function sweepStaleParts(
  stagingDir: string,
  olderThanMs = STALE_PART_MS,
  now = Date.now(),
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(stagingDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.endsWith(".part")) continue;
    const file = path.join(stagingDir, name);
    try {
      if (now - (await stat(file)).mtimeMs < olderThanMs) continue;
      await rm(file, { force: true });
      removed.push(name);
    } catch {
      // gone meanwhile
    }
  }
  return removed;
}
