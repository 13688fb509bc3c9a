"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useServerErrors } from "@/components/ui/use-server-errors";
import { api } from "@/trpc/react";

/**
 * The submit flow of an admin form: validate, `save` the values, refresh every admin query, then
 * `onSuccess` with what was saved; a refusal is shown beside its field or in `formError`.
 * The result spreads into FormPanel (`formError`, `onSubmit`, `pending`).
 */
export function useSaveForm<TFieldValues extends FieldValues, TContext, TValues, TResult>(
  form: UseFormReturn<TFieldValues, TContext, TValues>,
  save: (values: TValues) => Promise<TResult>,
  onSuccess: (result: TResult) => void,
) {
  const { formError, report } = useServerErrors(form);
  const utils = api.useUtils();
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const result = await save(values);
      await utils.admin.invalidate();
      onSuccess(result);
    } catch (error) {
      report(error);
    }
  });
  return { formError, onSubmit, pending: form.formState.isSubmitting };
}
