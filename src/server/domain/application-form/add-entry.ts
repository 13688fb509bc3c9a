import "server-only";
import { entryModuleOf, moduleFullMessage } from "@/lib/application-form/entry-fields";
import type { AddEntryInput, EntryView } from "@/lib/application-form/form.types";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { entryColumns, entryDelegate, toEntryView } from "./entry-tables";
import { claimExpertSlot } from "./exceptional-experts";
import { applicationFormMessages as m } from "./messages";
import { parseEntry } from "./parse-module-data";
import { type MarkOutcome, settleRepresentativeMark } from "./representative-mark";
import { runFormMutation } from "./run-form-mutation";

/**
 * Refuses an entry beyond the module's maximum (entry-fields.ts). Counted under the application's
 * lock, which every change of the form takes first, so adds sent at once cannot pass it together.
 */
async function assertModuleHasRoom(tx: Tx, applicationId: string, module: EntryModuleKey): Promise<void> {
  const { maxEntries } = entryModuleOf(module);
  if ((await entryDelegate(tx, module).count({ where: { applicationId } })) < maxEntries) return;
  throw module === "exceptionalExperts"
    ? new AppError("CONFLICT", m.expertsFull, { reason: "EXPERTS_FULL" })
    : new AppError("CONFLICT", moduleFullMessage(module), { reason: "LIMIT_REACHED" });
}

/** 添加 of a repeatable entry, taking the 参评 mark (or a 破格推荐专家 slot) when asked for. */
export async function addEntry(db: Db, user: SessionUser, input: AddEntryInput): Promise<EntryView> {
  const { applicationId, module } = input;
  return runFormMutation(db, user, { applicationId, module }, async (tx) => {
    const data = parseEntry(module, input.data);
    await assertModuleHasRoom(tx, applicationId, module);
    const placement: MarkOutcome =
      module === "exceptionalExperts"
        ? { columns: { slot: await claimExpertSlot(tx, applicationId) } }
        : await settleRepresentativeMark(tx, {
            applicationId,
            module,
            entryId: null,
            wanted: data.representative === true,
            replaces: input.representativeReplaces,
          });
    const row = await entryDelegate(tx, module).create({
      data: { applicationId, ...entryColumns(module, data), ...placement.columns },
    });
    return {
      result: toEntryView(module, row),
      action: "application.entry.add",
      detail: { entryId: row.id, representativeMovedFrom: placement.movedFrom },
    };
  });
}
