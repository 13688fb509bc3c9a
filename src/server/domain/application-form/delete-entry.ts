import "server-only";
import { type DeletedEntry, type DeleteEntryInput, STALE_FIELD } from "@/lib/application-form/form.types";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { FileStorage } from "@/server/storage/types";
import { removeStoredFiles } from "../attachment/remove-stored-files";
import { recordDeletions } from "../attachment/unclaimed-files";
import { entryDelegate } from "./entry-tables";
import { applicationFormMessages as m } from "./messages";
import { runFormMutation } from "./run-form-mutation";

/**
 * 删除 of an entry, only in the version the applicant saw; its 参评 mark or expert slot becomes
 * free, and its proof files go with it (their rows in the same transaction, their bytes after it).
 */
export async function deleteEntry(
  db: Db,
  storage: FileStorage,
  user: SessionUser,
  input: DeleteEntryInput,
): Promise<DeletedEntry> {
  const { applicationId, module, entryId, version } = input;
  const { removals } = await runFormMutation(db, user, { applicationId, module }, async (tx) => {
    const { count } = await entryDelegate(tx, module).deleteMany({ where: { id: entryId, applicationId, version } });
    if (count === 0) throw new AppError("CONFLICT", m.stale, { field: STALE_FIELD, reason: "STALE_VERSION" });
    const files = await tx.attachment.findMany({
      where: { applicationId, entryId },
      select: { storageBackend: true, storageKey: true },
    });
    await tx.attachment.deleteMany({ where: { applicationId, entryId } });
    return {
      result: { removals: await recordDeletions(tx, files) },
      action: "application.entry.delete",
      detail: { entryId, ...(files.length ? { filesDeleted: files.length } : {}) },
    };
  });
  await removeStoredFiles(db, storage, removals);
  return { id: entryId };
}
