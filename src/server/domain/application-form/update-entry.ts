import "server-only";
import { type EntryView, STALE_FIELD, type UpdateEntryInput } from "@/lib/application-form/form.types";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { entryColumns, entryDelegate, toEntryView } from "./entry-tables";
import { applicationFormMessages as m } from "./messages";
import { parseEntry } from "./parse-module-data";
import { settleRepresentativeMark } from "./representative-mark";
import { runFormMutation } from "./run-form-mutation";

/**
 * 保存 of an edited entry. The write is conditional on the version the form was loaded with, so a
 * second tab's stale save is refused; only then is the 参评 mark settled (and perhaps moved here).
 */
export async function updateEntry(db: Db, user: SessionUser, input: UpdateEntryInput): Promise<EntryView> {
  const { applicationId, module, entryId, version } = input;
  return runFormMutation(db, user, { applicationId, module }, async (tx) => {
    const data = parseEntry(module, input.data);
    const entries = entryDelegate(tx, module);
    const { count } = await entries.updateMany({
      where: { id: entryId, applicationId, version },
      data: { ...entryColumns(module, data), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", m.stale, { field: STALE_FIELD, reason: "STALE_VERSION" });
    const placement = await settleRepresentativeMark(tx, {
      applicationId,
      module,
      entryId,
      wanted: data.representative === true,
      replaces: input.representativeReplaces,
    });
    if (Object.keys(placement.columns).length > 0)
      await entries.updateMany({ where: { id: entryId }, data: placement.columns });
    const row = await entries.findUniqueOrThrow({ where: { id: entryId } });
    return {
      result: toEntryView(module, row),
      action: "application.entry.update",
      detail: { entryId, representativeMovedFrom: placement.movedFrom },
    };
  });
}
