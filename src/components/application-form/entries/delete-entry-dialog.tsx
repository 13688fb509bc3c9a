"use client";

import type { Flash } from "@/components/admin/use-flash";
import { ConfirmDialog } from "@/components/binding/confirm-dialog";
import { SERVER_FAULT } from "@/components/ui/server-error";
import type { EntryView } from "@/lib/application-form/form.types";
import { type EntryModuleKey, modules } from "@/lib/application-form/modules";
import { api } from "@/trpc/react";
import { entryName } from "./entry-schema";
import { entryLabels as L } from "./labels";
import { readEntryError } from "./server-error";

/** Asks before deleting `entry`; reports 已删除, or why not (a stale version refreshes the list). */
export function DeleteEntryDialog({
  applicationId,
  module,
  entry,
  onClose,
}: {
  applicationId: string;
  module: EntryModuleKey;
  entry: EntryView | null;
  /** Closes the dialog, with the banner to show (none when cancelled). */
  onClose: (flash: Flash | null) => void;
}) {
  const utils = api.useUtils();
  const remove = api.applicationForm.deleteEntry.useMutation();

  async function confirm() {
    if (!entry) return;
    try {
      await remove.mutateAsync({ applicationId, module, entryId: entry.id, version: entry.version });
      await utils.applicationForm.get.invalidate({ applicationId });
      // The entry's proof files went with it.
      void utils.attachment.list.invalidate({ applicationId });
      onClose({ tone: "success", text: L.deleted });
    } catch (error) {
      const refused = readEntryError(error);
      if (refused.code === "CONFLICT" || refused.code === "NOT_FOUND")
        await utils.applicationForm.get.invalidate({ applicationId });
      onClose({
        tone: "error",
        text: refused.stale ? L.staleDelete : (refused.fieldErrors[0]?.[1] ?? refused.message ?? SERVER_FAULT),
      });
    }
  }

  return (
    <ConfirmDialog
      open={entry !== null}
      title={L.deleteTitle(modules[module].label)}
      confirmLabel={L.delete}
      pending={remove.isPending}
      onConfirm={confirm}
      onCancel={() => onClose(null)}
    >
      {entry && L.deleteConfirm(entryName(module, entry.data))}
    </ConfirmDialog>
  );
}
