import "server-only";
import type { AddEntryInput, EntryView } from "@/lib/application-form/form.types";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { entryColumns, entryDelegate, toEntryView } from "./entry-tables";
import { claimExpertSlot } from "./exceptional-experts";
import { parseEntry } from "./parse-module-data";
import { type MarkOutcome, settleRepresentativeMark } from "./representative-mark";
import { runFormMutation } from "./run-form-mutation";

/** 添加 of a repeatable entry, taking the 参评 mark (or a 破格推荐专家 slot) when asked for. */
export async function addEntry(db: Db, user: SessionUser, input: AddEntryInput): Promise<EntryView> {
  const { applicationId, module } = input;
  return runFormMutation(db, user, { applicationId, module }, async (tx) => {
    const data = parseEntry(module, input.data);
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
