"use client";

import { useCallback, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { commonLabels } from "./messages";

type ServerError = { message?: string; data?: { code?: string; fieldErrors?: Record<string, string[] | undefined> | null } | null };

/**
 * Puts the server's refusal where the user will look: each `error.data.fieldErrors` message beside
 * its field (the first one focused), anything else in a banner above the form. The form's values
 * are left untouched so nothing typed is lost.
 */
export function useServerErrors<T extends FieldValues>(form: Pick<UseFormReturn<T>, "getValues" | "setError">) {
  const [formError, setFormError] = useState<string | null>(null);

  const report = useCallback(
    (error: unknown) => {
      const { message, data } = (error ?? {}) as ServerError;
      const fieldErrors = Object.entries(data?.fieldErrors ?? {}).filter(([, messages]) => messages?.length);
      const known = new Set(Object.keys(form.getValues()));
      let placed = false;
      for (const [field, messages] of fieldErrors) {
        if (!known.has(field)) continue;
        form.setError(field as Path<T>, { type: "server", message: messages![0] }, { shouldFocus: !placed });
        placed = true;
      }
      if (placed) setFormError(null);
      else if (fieldErrors.length > 0) setFormError(fieldErrors[0][1]![0]);
      else if (data?.code === "INTERNAL_SERVER_ERROR" || !message) setFormError(commonLabels.serverError);
      else setFormError(message);
    },
    [form],
  );

  return { formError, report, clear: useCallback(() => setFormError(null), []) };
}

/** The message to show for a failed button action (no form to attach it to). */
export function actionErrorMessage(error: unknown): string {
  const { message, data } = (error ?? {}) as ServerError;
  if (data?.code === "INTERNAL_SERVER_ERROR" || !message) return commonLabels.serverError;
  return message;
}
