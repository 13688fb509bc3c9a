"use client";

import { useState } from "react";
import { FlashBanner } from "@/components/admin/flash-banner";
import { useFlash } from "@/components/admin/use-flash";
import { AttachmentSlot } from "@/components/attachments/attachment-slot";
import { useAttachments } from "@/components/attachments/use-attachments";
import { Button } from "@/components/ui/button";
import { RequiredMark } from "@/components/ui/field";
import { entryModuleOf, moduleFullMessage } from "@/lib/application-form/entry-fields";
import type { EntryView, FormView } from "@/lib/application-form/form.types";
import { type EntryModuleKey, modules } from "@/lib/application-form/modules";
import { entrySlotOf } from "@/lib/attachments/slots";
import { api } from "@/trpc/react";
import { expertsApply, type FormTarget } from "../form-view";
import { DeleteEntryDialog } from "./delete-entry-dialog";
import { EntriesTable } from "./entries-table";
import { EntryForm } from "./entry-form";
import { entryName } from "./entry-schema";
import { entryLabels as L } from "./labels";
import { markedEntries } from "./representative";

/**
 * One repeatable module of 信息填报 (教育经历, 论文著作 …): its rule, its saved entries, and
 * 添加 / 编辑 / 删除 while the application is editable; the table alone otherwise. Each saved
 * entry's 「附件」 opens its proof slot under the row. A `target` entry (from 数据验证信息) opens at
 * once: its proof slot when the target is the proof, its form otherwise.
 */
export function EntryModulePanel({
  form,
  module,
  target = {},
}: {
  form: FormView;
  module: EntryModuleKey;
  target?: FormTarget;
}) {
  const definition = modules[module];
  const entries = form.entries[module];
  const applicationId = form.application.id;
  const editable = form.application.editableScopes[module];
  const { maxEntries } = entryModuleOf(module);
  // Experts saved under a choice that no longer asks for them can only be deleted.
  const notApplicable = module === "exceptionalExperts" && !expertsApply(form);
  const full = entries.length >= maxEntries || notApplicable;
  const proofSlot = entrySlotOf(module);
  const targetEntry = entries.find((e) => e.id === target.entryId);
  const targetIsProof = target.field === proofSlot;
  const headingId = `entries-${module}-title`;
  const fullId = `entries-${module}-full`;

  const { flash, success, error, clear } = useFlash();
  const [editing, setEditing] = useState<EntryView | "new" | null>(
    editable && targetEntry && target.field && !targetIsProof ? targetEntry : null,
  );
  const [deleting, setDeleting] = useState<EntryView | null>(null);
  const [proofsOf, setProofsOf] = useState<string | null>(targetEntry && targetIsProof ? targetEntry.id : null);
  const utils = api.useUtils();
  const { inSlot } = useAttachments(applicationId);

  const open = (entry: EntryView | "new") => {
    clear();
    setProofsOf(null);
    setEditing(entry);
  };

  /** After a stale save: the entry as it is now, reopened (or gone, if deleted elsewhere). */
  async function reload(entryId: string) {
    let fresh: FormView;
    try {
      fresh = await utils.applicationForm.get.fetch({ applicationId }, { staleTime: 0 });
    } catch {
      error(L.reloadFailed);
      return;
    }
    const entry = fresh.entries[module].find((e) => e.id === entryId);
    setEditing(entry ?? null);
    if (!entry) error(L.goneEntry);
  }

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {definition.label}
            {definition.required && <RequiredMark />}
          </h2>
          <ModuleRule module={module} entries={entries} />
        </div>
        {editable && (
          <div className="flex items-center gap-3">
            {full && (
              <span id={fullId} className="text-xs text-slate-500">
                {notApplicable
                  ? L.expertsNotApplicable
                  : module === "exceptionalExperts"
                    ? L.expertsFull
                    : moduleFullMessage(module)}
              </span>
            )}
            <Button
              disabled={full || editing !== null}
              aria-describedby={full ? fullId : undefined}
              onClick={() => open("new")}
            >
              {L.add}
            </Button>
          </div>
        )}
      </div>
      <FlashBanner flash={flash} />
      {editable && editing !== null && (
        <EntryForm
          key={editing === "new" ? "new" : `${editing.id}@${editing.version}`}
          view={form}
          module={module}
          entry={editing === "new" ? null : editing}
          onSaved={() => {
            setEditing(null);
            success(L.saved);
          }}
          onCancel={() => setEditing(null)}
          onReload={() => (editing === "new" ? Promise.resolve() : reload(editing.id))}
        />
      )}
      <EntriesTable
        module={module}
        entries={entries}
        actions={editable ? { disabled: editing !== null, onEdit: open, onDelete: setDeleting } : undefined}
        proofs={{
          header: L.proofs,
          cell: (entry, name) => {
            const count = inSlot(proofSlot, entry.id).length;
            return (
              <Button
                variant="link"
                disabled={editing !== null}
                aria-expanded={proofsOf === entry.id}
                aria-label={L.proofsAction(count, name)}
                onClick={() => setProofsOf((current) => (current === entry.id ? null : entry.id))}
              >
                {L.proofsButton(count)}
                <span aria-hidden="true">{proofsOf === entry.id ? "▴" : "▾"}</span>
              </Button>
            );
          },
          detail: (entry, name) =>
            proofsOf === entry.id && editing === null ? (
              <AttachmentSlot
                applicationId={applicationId}
                slot={proofSlot}
                entryId={entry.id}
                editable={editable}
                context={name}
                defaultExpanded
              />
            ) : null,
        }}
      />
      {editable && (
        <DeleteEntryDialog
          applicationId={applicationId}
          module={module}
          entry={deleting}
          onClose={(result) => {
            setDeleting(null);
            if (result?.tone === "success") success(result.text);
            else if (result) error(result.text);
          }}
        />
      )}
    </section>
  );
}

/** The module's rule under its heading: the 参评 limit and who holds the mark now, or the experts' count. */
function ModuleRule({ module, entries }: { module: EntryModuleKey; entries: EntryView[] }) {
  const representative = modules[module].representative;
  if (module === "exceptionalExperts") return <p className="mt-1 text-xs text-slate-500">{L.expertsRule}</p>;
  if (!representative) return null;
  const names = markedEntries(entries).map((e) => entryName(module, e.data));
  return (
    <p className="mt-1 text-xs text-slate-500">
      {L.ruleText(representative.question, representative.max)} {names.length ? L.current(names) : L.currentNone}
    </p>
  );
}
