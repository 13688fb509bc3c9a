import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { type FileStorage, type StagedFile, StoredFileMissing } from "./types";

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Files in a folder of this host: `<root>/<first two characters of the key>/<key>`, keys being
 * random UUIDs made here. Staging lives in `<root>/.staging`, on the same file system, so saving a
 * checked upload is a rename: a file appears under its key whole or not at all.
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
    // Keys come from the database, which only ever holds keys made by save(); checked anyway so a
    // corrupted row can never point outside the folder.
    if (!KEY.test(key)) throw new StoredFileMissing(key);
    return path.join(this.root, key.slice(0, 2), key);
  }

  async save(file: StagedFile): Promise<string> {
    const key = randomUUID();
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(file.path, target);
    return key;
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
    await rm(this.pathOf(key), { force: true });
  }
}
