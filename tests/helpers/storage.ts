import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LocalFileStorage } from "@/server/storage/local";

let shared: LocalFileStorage | undefined;

/** The local storage backend in a fresh temporary folder: one per test process unless asked for a new one. */
export function testStorage(options: { fresh?: boolean } = {}): LocalFileStorage {
  const make = () => new LocalFileStorage(mkdtempSync(path.join(tmpdir(), "zhicheng-files-")));
  if (options.fresh) return make();
  shared ??= make();
  return shared;
}
