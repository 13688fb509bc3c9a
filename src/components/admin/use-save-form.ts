"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";
import { type SummaryField, useErrorSummary } from "@/components/ui/error-summary";
import { useServerErrors } from "@/components/ui/use-server-errors";
import { api } from "@/trpc/react";

/**
 * The submit flow of an admin form: validate, `save` the values, refresh every admin query, then
 * `onSuccess` with what was saved; a refusal is shown beside its field or in `formError`. Given
 * `summaryFields` (the fields in their order on screen), a failed save also lists its errors in
 * the error summary, which takes focus (the form is made with useSummaryForm);
 * without, the first field named by the server takes it.
 * The result spreads into FormPanel (`formError`, `summary`, `onSubmit`, `pending`).
 */
export function useSaveForm<TFieldValues extends FieldValues, TContext, TValues, TResult>(
  form: UseFormReturn<TFieldValues, TContext, TValues>,
  save: (values: TValues) => Promise<TResult>,
  onSuccess: (result: TResult) => void,
  summaryFields?: readonly SummaryField[],
) {
  const { formError, report } = useServerErrors(form, { focusFirst: !summaryFields });
  const { summary, show, showInvalid, clear } = useErrorSummary(summaryFields ?? []);
  const utils = api.useUtils();
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const result = await save(values);
      clear();
      await utils.admin.invalidate();
      onSuccess(result);
    } catch (error) {
      show(report(error));
    }
  }, showInvalid);
  return { formError, summary, onSubmit, pending: form.formState.isSubmitting };
}
