import "server-only";
import type { Readable } from "node:stream";

/**
 * Where the bytes of uploaded files live. The server first stages an upload in a local file (while
 * counting, hashing and sniffing it), records the object's id, then hands the checked file to the
 * backend, which stores it under a key the backend or the server generates. File names never
 * become keys or paths.
 */
export type StorageBackendName = "local" | "uploadthing";

export type StagedFile = {
  /** Absolute path of the checked file in the staging folder; the caller removes it afterwards. */
  path: string;
  size: number;
  /** Detected from the bytes. */
  contentType: string;
};

export interface FileStorage {
  readonly backend: StorageBackendName;
  /** Folder for uploads in progress (on the local disk whatever the backend). */
  readonly stagingDir: string;
  /**
   * Stores the staged file as object `id` (a UUID the server made and recorded beforehand) and
   * returns its key. Streams: the file is never read into memory whole.
   */
  save(file: StagedFile, id: string): Promise<string>;
  /** The stored bytes as a stream; throws StoredFileMissing when the key holds nothing. */
  open(key: string): Promise<Readable>;
  /** Removes the bytes; a key that holds nothing is not an error. */
  remove(key: string): Promise<void>;
  /**
   * Removes whatever `save(file, id)` may have stored, also when it never returned a key (the
   * process died, the answer was lost). Nothing stored is not an error.
   */
  discard(id: string): Promise<void>;
  /**
   * Reconciliation, for a backend whose store belongs to this system alone: every stored key with
   * the time it was stored, so objects that no row or record knows can be found.
   */
  list?(): AsyncIterable<{ key: string; storedAt: Date }>;
  /** Removes empty folders last changed before `before` (a backend that has folders). */
  removeEmptyFolders?(before: Date): Promise<number>;
}

export class StoredFileMissing extends Error {
  constructor(key: string) {
    super(`Stored file ${key} is missing`);
    this.name = "StoredFileMissing";
  }
}
