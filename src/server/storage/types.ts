import "server-only";
import type { Readable } from "node:stream";

/**
 * Where the bytes of uploaded files live. The server first stages an upload in a local file (while
 * counting, hashing and sniffing it), then hands the checked file to the backend, which stores it
 * under a key the backend or the server generates. File names never become keys or paths.
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
  /** Stores the staged file and returns its new key. Streams: the file is never read into memory whole. */
  save(file: StagedFile): Promise<string>;
  /** The stored bytes as a stream; throws StoredFileMissing when the key holds nothing. */
  open(key: string): Promise<Readable>;
  /** Removes the bytes; a key that holds nothing is not an error. */
  remove(key: string): Promise<void>;
}

export class StoredFileMissing extends Error {
  constructor(key: string) {
    super(`Stored file ${key} is missing`);
    this.name = "StoredFileMissing";
  }
}
