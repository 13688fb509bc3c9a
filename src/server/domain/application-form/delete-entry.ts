import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { type DeleteEntryInput, type DeletedEntry, STALE_FIELD } from "./contract";
import { entryDelegate } from "./entry-tables";
import { applicationFormMessages as m } from "./messages";
import { runFormMutation } from "./run-form-mutation";

/** 删除 of an entry, only in the version the applicant saw; its 参评 mark or expert slot becomes free. */
export async function deleteEntry(db: Db, user: SessionUser, input: DeleteEntryInput): Promise<DeletedEntry> {
  const { applicationId, module, entryId, version } = input;
  return runFormMutation(db, user, { applicationId, module }, async (tx) => {
    const { count } = await entryDelegate(tx, module).deleteMany({ where: { id: entryId, applicationId, version } });
    if (count === 0) throw new AppError("CONFLICT", m.stale, STALE_FIELD);
    return { result: { id: entryId }, action: "application.entry.delete", detail: { entryId } };
  });
}
