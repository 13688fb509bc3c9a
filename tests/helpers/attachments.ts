import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { parseEnv } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AttachmentSlotCode } from "@/lib/attachments/slots";
import { loadSessionUser } from "@/server/auth/session-user";
import { ingestUpload } from "@/server/domain/attachment/ingest-upload";
import type { LocalFileStorage } from "@/server/storage/local";
import type { FileStorage } from "@/server/storage/types";

/** The configured default of ATTACHMENT_QUOTA_MB, in bytes. */
export const defaultQuotaBytes = parseEnv({}).ATTACHMENT_QUOTA_MB * 1024 * 1024;

/** The real sample files in tests/fixtures/files. */
export const sample = {
  jpeg: readFileSync("tests/fixtures/files/photo.jpg"),
  png: readFileSync("tests/fixtures/files/photo.png"),
  pdf: readFileSync("tests/fixtures/files/document.pdf"),
};

/** Splits bytes into chunks of `size`, as a network body arrives. */
export function chunksOf(bytes: Buffer, size = 64 * 1024): Buffer[] {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
}

type Upload = {
  applicationId: string;
  slot: AttachmentSlotCode;
  entryId?: string | null;
  name: string;
  bytes: Buffer;
  declaredSize?: number | null;
  /** The application's upload quota; the configured default unless told. */
  quotaBytes?: number;
};

/** Uploads as the route handler does: the body streamed in chunks, Content-Length declared unless told otherwise. */
export async function upload(db: PrismaClient, storage: FileStorage, userId: string, file: Upload) {
  const user = await loadSessionUser(db, userId);
  if (!user) throw new Error(`No user ${userId}`);
  return ingestUpload(
    db,
    storage,
    user,
    {
      applicationId: file.applicationId,
      slot: file.slot,
      entryId: file.entryId ?? null,
      fileName: encodeURIComponent(file.name),
      declaredSize: file.declaredSize === undefined ? file.bytes.length : file.declaredSize,
    },
    Readable.from(chunksOf(file.bytes)),
    { quotaBytes: file.quotaBytes ?? defaultQuotaBytes },
  );
}

/** Files under the storage folder (the staging folder counted separately). */
export function storedFiles(storage: LocalFileStorage): { stored: string[]; staging: string[] } {
  const walk = (dir: string): string[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
      );
    } catch {
      return [];
    }
  };
  return {
    stored: walk(storage.root).filter((f) => !f.startsWith(storage.stagingDir)),
    staging: walk(storage.stagingDir),
  };
}
