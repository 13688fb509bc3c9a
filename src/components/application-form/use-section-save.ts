"use client";

import { useEffect, useState } from "react";
import type { DefaultValues, FieldValues, UseFormReturn } from "react-hook-form";
import { type SummaryField, useErrorSummary } from "@/components/ui/error-summary";
import { readServerError } from "@/components/ui/server-error";
import { useServerErrors } from "@/components/ui/use-server-errors";
import type { FormView, SectionModuleKey, SectionView } from "@/lib/application-form/form.types";
import { api } from "@/trpc/react";
import { formLabels as L } from "./labels";
import { useReportUnsaved } from "./unsaved-changes";

/** The refusal of a save made from a stale copy: someone saved the module in another tab meanwhile. */
function isStale(error: unknown): boolean {
  return readServerError(error).reason === "STALE_VERSION";
}

/**
 * Saving one section module (「保存」): sends the values with the version the form was loaded with,
 * then shows the copy the server saved and refreshes `applicationForm.get`. A refusal keeps every typed value: field
 * messages beside their fields and in the error summary (`summary`, its lines in the order of
 * `summaryFields`), others in `formError`, a stale copy as `stale` with `reload()`. The form is
 * made with useSummaryForm: after a failed save the summary takes focus, not a field.
 * While the form is untouched it follows the saved copy (e.g. after a save in another tab).
 */
export function useSectionSave<TIn extends FieldValues, TCtx, TOut extends FieldValues>({
  form,
  module,
  fields,
  toValues,
  toData = (values) => values,
  summaryFields,
}: {
  form: FormView;
  module: SectionModuleKey;
  fields: UseFormReturn<TIn, TCtx, TOut>;
  /** The form's values for a saved copy (null: never saved). */
  toValues: (section: SectionView) => DefaultValues<TIn>;
  /** What is sent as `data` (default: the schema's output as is). */
  toData?: (values: TOut) => unknown;
  /** The form's fields in their order on screen, as the error summary names them. */
  summaryFields: readonly SummaryField[];
}) {
  const applicationId = form.application.id;
  const section = form.sections[module];
  const [version, setVersion] = useState<number | null>(section?.version ?? null);
  const [saved, setSaved] = useState(false);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const { formError, report, clear } = useServerErrors(fields);
  const { summary, show, showInvalid, clear: clearSummary } = useErrorSummary(summaryFields);
  const utils = api.useUtils();
  const save = api.applicationForm.saveSection.useMutation();
  const { isDirty, isSubmitting } = fields.formState;

  useReportUnsaved(isDirty);

  useEffect(() => {
    if (isDirty) setSaved(false);
  }, [isDirty]);

  // Versions only grow, so a newer saved copy (another tab's save) replaces untouched fields.
  const latestVersion = section?.version ?? null;
  const newer = latestVersion !== null && (version === null || latestVersion > version);
  useEffect(() => {
    if (!newer || isDirty || isSubmitting) return;
    fields.reset(toValues(section));
    setVersion(latestVersion);
  }, [newer, latestVersion, isDirty, isSubmitting, fields, toValues, section]);

  function adopt(copy: SectionView) {
    fields.reset(toValues(copy));
    setVersion(copy?.version ?? null);
  }

  const onSubmit = fields.handleSubmit(async (values) => {
    clear();
    setSaved(false);
    setStale(false);
    try {
      adopt(await save.mutateAsync({ applicationId, module, version, data: toData(values) }));
    } catch (error) {
      if (isStale(error)) {
        clearSummary();
        setStale(true);
      } else show(report(error));
      return;
    }
    clearSummary();
    setSaved(true);
    // The navigator's completion marks and 「全部信息」 read the refreshed form.
    void utils.applicationForm.get.invalidate({ applicationId });
  }, showInvalid);

  async function reload() {
    setReloading(true);
    try {
      const latest = await utils.applicationForm.get.fetch({ applicationId }, { staleTime: 0 });
      adopt(latest.sections[module]);
      clear();
      clearSummary();
      setStale(false);
    } catch {
      report(new Error(L.reloadFailed));
    } finally {
      setReloading(false);
    }
  }

  return { onSubmit, pending: isSubmitting, dirty: isDirty, saved, formError, summary, stale, reload, reloading };
}

export type SectionSaveState = ReturnType<typeof useSectionSave>;
