import "server-only";
import path from "node:path";
import { env } from "@/env";
import { LocalFileStorage } from "./local";
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
  holder.__zhichengStorage ??= createStorage();
  return holder.__zhichengStorage;
}
