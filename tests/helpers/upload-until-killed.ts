/**
 * A server process to be killed: run with tsx by tests/integration/storage-sweep.test.ts, it uploads
 * one file through the real ingest code and the real storage backend, and halts at the moment named
 * by `stopAt`, printing a line so the parent can `kill -9` it right there:
 *
 * - `streaming`: half of the body is in the staging folder;
 * - `stored`: the whole file is in the storage backend and its row is not written yet.
 *
 * The single argument is the JSON of `KilledUpload`.
 */
import { Readable } from "node:stream";
import { PrismaClient } from "@/generated/prisma/client";
import type { AttachmentSlotCode } from "@/lib/attachments/slots";
import { loadSessionUser } from "@/server/auth/session-user";
import { type DatabaseTarget, openAdapter } from "@/server/db/adapter";
import { ingestUpload } from "@/server/domain/attachment/ingest-upload";
import { LocalFileStorage } from "@/server/storage/local";
import type { FileStorage, StagedFile } from "@/server/storage/types";
import { UploadthingFileStorage, type UploadthingStorageOptions } from "@/server/storage/uploadthing";

export type KilledUpload = {
  database: DatabaseTarget;
  storage: { kind: "local"; root: string } | ({ kind: "uploadthing" } & UploadthingStorageOptions);
  userId: string;
  applicationId: string;
  slot: AttachmentSlotCode;
  entryId: string | null;
  /** The file: these first bytes (they decide its type), then filler up to `size`. */
  head: string;
  size: number;
  stopAt: "streaming" | "stored";
};

const halt = (line: string) => {
  process.stdout.write(`${line}\n`);
  return new Promise<never>(() => undefined);
};

const job = JSON.parse(process.argv[2]) as KilledUpload;
const adapter = openAdapter(job.database);
const db = new PrismaClient({ adapter: adapter.factory });
const real: FileStorage =
  job.storage.kind === "local" ? new LocalFileStorage(job.storage.root) : new UploadthingFileStorage(job.storage);
const storage: FileStorage = Object.assign(Object.create(real) as FileStorage, {
  save: async (file: StagedFile, id: string) => {
    const key = await real.save(file, id);
    return job.stopAt === "stored" ? halt(`stored ${key}`) : key;
  },
});

const head = Buffer.from(job.head, "base64");
const chunk = 256 * 1024;
async function* body() {
  yield head;
  for (let sent = head.length; sent < job.size; sent += chunk) {
    if (job.stopAt === "streaming" && sent >= job.size / 2) await halt("streaming");
    yield Buffer.alloc(Math.min(chunk, job.size - sent), 0x20);
  }
}

const user = await loadSessionUser(db, job.userId);
if (!user) throw new Error(`No user ${job.userId}`);
await ingestUpload(
  db,
  storage,
  user,
  {
    applicationId: job.applicationId,
    slot: job.slot,
    entryId: job.entryId,
    fileName: "killed.pdf",
    declaredSize: job.size,
  },
  Readable.from(body()),
  { quotaBytes: 1024 * 1024 * 1024 },
);
process.stdout.write("finished\n");
