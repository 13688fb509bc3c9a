import "server-only";
import { attachmentMessages as m } from "@/lib/attachments/messages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { FileStorage } from "@/server/storage/types";
import { lockEditableApplication } from "../application-form/lock-editable-application";
import { recordAudit } from "../audit/record-audit";
import { scopeOfSlot } from "./attachment-target";
import { removeStoredFiles } from "./remove-stored-files";
import { recordDeletions } from "./unclaimed-files";

/** 删除 of one of the caller's own files, while its module is editable. */
export async function deleteAttachment(
  db: Db,
  storage: FileStorage,
  user: SessionUser,
  attachmentId: string,
): Promise<{ id: string }> {
  const removals = await db.$transaction(async (tx) => {
    const row = await tx.attachment.findFirst({
      where: { id: attachmentId, application: { applicantId: user.id } },
      select: {
        applicationId: true,
        slot: true,
        entryId: true,
        storageBackend: true,
        storageKey: true,
        originalName: true,
      },
    });
    if (!row) throw new AppError("NOT_FOUND", m.notFound);
    await lockEditableApplication(tx, user.id, row.applicationId, scopeOfSlot(row.slot));
    const { count } = await tx.attachment.deleteMany({ where: { id: attachmentId } });
    if (count === 0) throw new AppError("NOT_FOUND", m.notFound);
    await recordAudit(tx, {
      actorId: user.id,
      action: "application.attachment.delete",
      entityType: "Application",
      entityId: row.applicationId,
      detail: { attachmentId, slot: row.slot, entryId: row.entryId, name: row.originalName },
    });
    return recordDeletions(tx, [row]);
  });
  await removeStoredFiles(db, storage, removals);
  return { id: attachmentId };
}
