"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { type Path, useWatch } from "react-hook-form";
import { AttachmentSlot } from "@/components/attachments/attachment-slot";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary, useErrorSummary, useSummaryForm } from "@/components/ui/error-summary";
import { SERVER_FAULT } from "@/components/ui/server-error";
import { REPRESENTATIVE } from "@/lib/application-form/entry-fields";
import type { EntryView, FormView } from "@/lib/application-form/form.types";
import { type EntryModuleKey, modules } from "@/lib/application-form/modules";
import { attachmentMessages } from "@/lib/attachments/messages";
import { entrySlotOf } from "@/lib/attachments/slots";
import { api } from "@/trpc/react";
import { FieldControl, summaryFieldsOf } from "../field-control";
import { useReportUnsaved } from "../unsaved-changes";
import { type EntryFormValues, entryFieldList, entryName, entrySchema, toFormValues } from "./entry-schema";
import { entryLabels as L } from "./labels";
import { markHoldersAtLimit } from "./representative";
import { RepresentativeQuestion } from "./representative-question";
import { readEntryError } from "./server-error";

const REPLACES = "representativeReplaces";

/**
 * Adds an entry, or edits `entry`, validated by the module's schema. A refused save keeps what was
 * typed: field messages beside their fields and in the error summary at the top (which takes
 * focus), a stale version offers 重新加载, anything else a banner.
 * Under the form, the entry's proof slot; a new entry's says to save it first.
 */
export function EntryForm({
  view,
  module,
  entry,
  onSaved,
  onCancel,
  onReload,
}: {
  view: FormView;
  module: EntryModuleKey;
  entry: EntryView | null;
  onSaved: () => void;
  onCancel: () => void;
  /** Loads the entry afresh and reopens the form with it (after a stale save). */
  onReload: () => Promise<void>;
}) {
  const definition = modules[module];
  const applicationId = view.application.id;
  const idPrefix = `entry-${module}`;
  const title = entry ? L.editTitle(definition.label) : L.addTitle(definition.label);

  const form = useSummaryForm<EntryFormValues, unknown, EntryFormValues>({
    resolver: zodResolver(entrySchema(module)),
    defaultValues: toFormValues(module, entry?.data),
  });
  const summaryFields = useMemo(() => {
    const fields = summaryFieldsOf(entryFieldList(module), (key) => `${idPrefix}-${key}`);
    const question = fields.find((f) => f.name === REPRESENTATIVE);
    // Which mark to take over is asked under the 参评 question, under its label.
    return question ? [...fields, { ...question, name: REPLACES, id: `${question.id}-replaces` }] : fields;
  }, [module, idPrefix]);
  const { summary, show, showInvalid, clear: clearSummary } = useErrorSummary(summaryFields);
  const utils = api.useUtils();
  const add = api.applicationForm.addEntry.useMutation();
  const update = api.applicationForm.updateEntry.useMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  useReportUnsaved(form.formState.isDirty);

  const marked = useWatch({ control: form.control, name: REPRESENTATIVE }) === true;
  const holders = definition.representative
    ? markHoldersAtLimit(view.entries[module], entry?.id ?? null, definition.representative.max)
    : [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const replaces = holders.length === 1 ? holders[0].id : holders.find((h) => h.id === chosen)?.id;
  const names = (e: EntryView) => entryName(module, e.data);

  const onSubmit = form.handleSubmit(async (data) => {
    setFormError(null);
    setChoiceError(null);
    if (marked && holders.length > 0 && !replaces) {
      setChoiceError(L.replaceRequired);
      show([[REPLACES, L.replaceRequired]]);
      return;
    }
    const input = { applicationId, module, data, representativeReplaces: marked ? replaces : undefined };
    try {
      if (entry) await update.mutateAsync({ ...input, entryId: entry.id, version: entry.version });
      else await add.mutateAsync(input);
      await utils.applicationForm.get.invalidate({ applicationId });
      onSaved();
    } catch (error) {
      report(error);
    }
  }, showInvalid);

  function report(error: unknown) {
    const refused = readEntryError(error);
    if (refused.stale) {
      clearSummary();
      setStale(true);
      return;
    }
    // A 参评 conflict or a vanished entry means the list is out of date: refresh it, so the
    // notice above names the entry that holds the mark now.
    if (refused.code === "CONFLICT" || refused.code === "NOT_FOUND")
      void utils.applicationForm.get.invalidate({ applicationId });
    const known = new Set(Object.keys(form.getValues()));
    const placed = refused.fieldErrors.filter(([field]) => field === REPLACES || known.has(field));
    for (const [field, message] of placed) {
      if (field === REPLACES) setChoiceError(message);
      else form.setError(field as Path<EntryFormValues>, { type: "server", message });
    }
    show(placed);
    if (placed.length === 0) setFormError(refused.fieldErrors[0]?.[1] ?? refused.message ?? SERVER_FAULT);
  }

  async function reload() {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  }

  const titleId = `${idPrefix}-form-title`;
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-brand-100 bg-white shadow-sm">
      <h3 id={titleId} className="border-b border-slate-100 px-4 py-2.5 text-sm font-semibold text-slate-900">
        {title}
      </h3>
      <form noValidate onSubmit={onSubmit} aria-label={title} className="space-y-4 p-4">
        <ErrorSummary {...summary} />
        <p className="text-xs text-slate-500">{L.required}</p>
        {stale && (
          <Alert tone="error">
            <p className="font-medium">{L.staleEntry}</p>
            <p className="mt-1">{L.staleReloadWarning}</p>
            <Button variant="secondary" size="sm" className="mt-2" pending={reloading} onClick={reload}>
              {L.reload}
            </Button>
          </Alert>
        )}
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-4 md:grid-cols-2">
          {entryFieldList(module).map(([key, field], i) =>
            field.kind === "boolean" ? (
              <RepresentativeQuestion
                key={key}
                idPrefix={idPrefix}
                question={field.label}
                control={form.control}
                error={form.formState.errors[REPRESENTATIVE]?.message as string | undefined}
                holders={holders}
                names={names}
                replaces={replaces}
                onChooseReplaced={(id) => {
                  setChosen(id);
                  setChoiceError(null);
                }}
                choiceError={choiceError}
              />
            ) : (
              <FieldControl
                key={key}
                form={form}
                name={key}
                field={field}
                id={`${idPrefix}-${key}`}
                autoFocus={i === 0}
              />
            ),
          )}
        </div>
        <div className="flex gap-2">
          <Button type="submit" pending={form.formState.isSubmitting}>
            {L.save}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {L.cancel}
          </Button>
        </div>
      </form>
      <div className="border-t border-slate-100 p-4">
        <AttachmentSlot
          applicationId={applicationId}
          slot={entrySlotOf(module)}
          entryId={entry?.id ?? null}
          editable={view.application.editableScopes[module]}
          disabledReason={entry ? undefined : attachmentMessages.entryRequired}
          context={entry ? entryName(module, entry.data) : undefined}
        />
      </div>
    </section>
  );
}
