import "server-only";
import type { Readable } from "node:stream";
import { attachmentMessages as m } from "@/lib/attachments/messages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { type FileStorage, StoredFileMissing } from "@/server/storage/types";
import { attachmentId as attachmentIdSchema } from "./attachment.schema";
import { readableApplicationsWhere } from "./readable-applications";

export type OpenedAttachment = { name: string; mimeType: string; size: number; sha256: string; stream: Readable };

/**
 * A file for preview or download, found only among the applications the caller may read (the
 * access rule is part of the query). Anything else — another person's file, a guessed id, a
 * malformed one — is the same NOT_FOUND.
 */
export async function openAttachment(
  db: Db,
  storage: FileStorage,
  user: SessionUser,
  attachmentId: string,
): Promise<OpenedAttachment> {
  if (!attachmentIdSchema.safeParse(attachmentId).success) throw new AppError("NOT_FOUND", m.notFound);
  const row = await db.attachment.findFirst({
    where: { id: attachmentId, application: readableApplicationsWhere(user) },
    select: { originalName: true, mimeType: true, size: true, sha256: true, storageKey: true },
  });
  if (!row) throw new AppError("NOT_FOUND", m.notFound);
  try {
    const stream = await storage.open(row.storageKey);
    return { name: row.originalName, mimeType: row.mimeType, size: row.size, sha256: row.sha256, stream };
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new AppError("NOT_FOUND", m.notFound);
    throw error;
  }
}
