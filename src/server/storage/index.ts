import "server-only";
import path from "node:path";
import { env } from "@/env";
import { LocalFileStorage } from "./local";
import { sweepStaleParts } from "./staging";
import type { FileStorage } from "./types";
import { UploadthingFileStorage } from "./uploadthing";

export type { FileStorage, StagedFile, StorageBackendName } from "./types";
export { StoredFileMissing } from "./types";

const holder = globalThis as unknown as { __zhichengStorage?: FileStorage };

function createStorage(): FileStorage {
  const config = env();
  if (config.STORAGE_BACKEND === "uploadthing") {
    return new UploadthingFileStorage({
      token: config.UPLOADTHING_TOKEN ?? "",
      stagingDir: path.resolve(config.STORAGE_DIR, ".staging"),
    });
  }
  return new LocalFileStorage(config.STORAGE_DIR);
}

/** The configured storage backend (STORAGE_BACKEND), one per process. */
export function getStorage(): FileStorage {
  if (!holder.__zhichengStorage) {
    const storage = createStorage();
    holder.__zhichengStorage = storage;
    // Once per process: parts left behind by a server that died mid-upload.
    sweepStaleParts(storage.stagingDir).then(
      (removed) =>
        removed.length > 0 && console.info(`Removed ${removed.length} stale upload part(s) from ${storage.stagingDir}`),
      (error) => console.error("Could not sweep the upload staging folder", error),
    );
  }
  return holder.__zhichengStorage;
}
