import "server-only";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Removes upload parts a crashed or killed server left in the staging folder (an upload that fails
 * in a running server removes its own part). A part not written to for `olderThanMs` belongs to a
 * dead process: a live upload writes as its bytes arrive, and Node's HTTP server ends a request
 * after 5 minutes. So uploads in progress in another process sharing the folder are never touched.
 * Returns the names removed.
 */
export async function sweepStaleParts(stagingDir: string, olderThanMs: number, now = Date.now()): Promise<string[]> {
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
