import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { type FileStorage, type StagedFile, StoredFileMissing } from "./types";

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The folders save() makes: the first two characters of a key. */
const FOLDER = /^[0-9a-f]{2}$/;

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Files in a folder of this host: `<root>/<first two characters of the key>/<key>`, keys being
 * the random UUIDs the server gives each upload before storing it. Staging lives in
 * `<root>/.staging`, on the same file system, so saving a checked upload is a rename: a file
 * appears under its key whole or not at all.
 */
export class LocalFileStorage implements FileStorage {
  readonly backend = "local" as const;
  readonly root: string;
  readonly stagingDir: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.stagingDir = path.join(this.root, ".staging");
  }

  private pathOf(key: string): string {
    // Keys come from the database, which only ever holds keys made by the server; checked anyway
    // so a corrupted row can never point outside the folder.
    if (!KEY.test(key)) throw new StoredFileMissing(key);
    return path.join(this.root, key.slice(0, 2), key);
  }

  async save(file: StagedFile, id: string): Promise<string> {
    const target = this.pathOf(id);
    // A sweeper (here or in another process) may remove the folder, empty, between mkdir and
    // rename; the rename then fails with ENOENT while the staged file is still there: again.
    for (let attempt = 1; ; attempt++) {
      await mkdir(path.dirname(target), { recursive: true });
      try {
        await rename(file.path, target);
        return id;
      } catch (error) {
        const folderWentAway =
          codeOf(error) === "ENOENT" &&
          (await stat(file.path).then(
            () => true,
            () => false,
          ));
        if (!folderWentAway || attempt === 3) throw error;
      }
    }
  }

  async open(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      await stat(file);
    } catch {
      throw new StoredFileMissing(key);
    }
    return createReadStream(file);
  }

  async remove(key: string): Promise<void> {
    const file = this.pathOf(key);
    await rm(file, { force: true });
    // The folder goes with its last file (a save racing with this retries its mkdir).
    await rmdir(path.dirname(file)).catch(() => undefined);
  }

  async discard(id: string): Promise<void> {
    await this.remove(id);
  }

  private async folders(): Promise<string[]> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch((error: unknown) => {
      if (codeOf(error) === "ENOENT") return [];
      throw error;
    });
    return entries.filter((e) => e.isDirectory() && FOLDER.test(e.name)).map((e) => path.join(this.root, e.name));
  }

  async *list(): AsyncIterable<{ key: string; storedAt: Date }> {
    for (const folder of await this.folders()) {
      const names = await readdir(folder).catch(() => [] as string[]);
      for (const key of names) {
        if (!KEY.test(key) || key.slice(0, 2) !== path.basename(folder)) continue;
        // The rename keeps the staged file's time of last write, at most one upload's duration
        // before the file was stored.
        const info = await stat(path.join(folder, key)).catch(() => null);
        if (info?.isFile()) yield { key, storedAt: info.mtime };
      }
    }
  }

  async removeEmptyFolders(before: Date): Promise<number> {
    let removed = 0;
    for (const folder of await this.folders()) {
      const info = await stat(folder).catch(() => null);
      if (!info || info.mtime >= before) continue;
      // rmdir refuses a folder that is not empty: a file saved meanwhile keeps its folder.
      if (
        await rmdir(folder).then(
          () => true,
          () => false,
        )
      )
        removed += 1;
    }
    return removed;
  }
}
