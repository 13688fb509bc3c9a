"use client";

import { entryName } from "@/components/application-form/entries/entry-schema";
import { AttachmentFiles } from "@/components/attachments/attachment-files";
import type { ApplicationContent } from "@/lib/application/content.types";
import type { AttachmentView } from "@/lib/attachments/attachment-view";
import { attachmentSlotCodes, slotOf } from "@/lib/attachments/slots";
import { reviewLabels as L } from "./labels";

/**
 * 附件材料: every file of the submitted snapshot, grouped by slot (and, for a proof, the entry it
 * proves), each with 预览 and 下载 — in the form's order, 材料附件信息 among them.
 */
export function SnapshotAttachments({ content, files }: { content: ApplicationContent; files: AttachmentView[] }) {
  const groups = attachmentSlotCodes.flatMap((slot) => {
    const inSlot = files.filter((f) => f.slot === slot);
    const place = slotOf(slot).place;
    const entryIds = [...new Set(inSlot.map((f) => f.entryId))];
    return entryIds.map((entryId) => {
      const entry =
        place.kind === "entry" && entryId ? content.entries[place.module]?.find((e) => e.id === entryId) : undefined;
      const label =
        place.kind === "entry" && entry
          ? `${slotOf(slot).label} · ${entryName(place.module, entry.data)}`
          : slotOf(slot).label;
      return { key: `${slot}:${entryId ?? ""}`, slot, label, files: inSlot.filter((f) => f.entryId === entryId) };
    });
  });
  return (
    <section
      id="attachments"
      aria-labelledby="attachments-title"
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <header className="border-b border-slate-100 px-5 py-3">
        <h2 id="attachments-title" className="text-base font-semibold text-slate-900">
          {L.attachmentsTitle}
          <span className="ml-2 text-sm font-normal text-slate-500">（{files.length}）</span>
        </h2>
      </header>
      <div className="space-y-3 p-5">
        <p className="text-sm text-slate-500">{L.attachmentsIntro}</p>
        {groups.length === 0 ? (
          <p className="text-sm text-slate-500">{L.attachmentsNone}</p>
        ) : (
          groups.map((group) => (
            <div key={group.key} data-slot={group.slot}>
              <p className="mb-1 text-sm font-medium text-slate-800">{group.label}</p>
              <AttachmentFiles files={group.files} />
            </div>
          ))
        )}
      </div>
    </section>
  );
}
