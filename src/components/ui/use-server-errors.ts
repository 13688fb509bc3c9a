"use client";

import { useCallback, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

type ServerError = { message?: string; data?: { code?: string; fieldErrors?: Record<string, string[] | undefined> | null } | null };

const SERVER_FAULT = "系统繁忙，请稍后重试";

/**
 * Puts a refused save where the user will look: each `error.data.fieldErrors` message beside its
 * field — nested fields by dotted path ("results.2021") — the first one focused, anything else in
 * `formError`. The form's values are left untouched so nothing typed is lost.
 */
export function useServerErrors<T extends FieldValues>(form: Pick<UseFormReturn<T>, "getValues" | "setError">) {
  const [formError, setFormError] = useState<string | null>(null);

  const report = useCallback(
    (error: unknown) => {
      const { message, data } = (error ?? {}) as ServerError;
      const fieldErrors = Object.entries(data?.fieldErrors ?? {}).filter(([, messages]) => messages?.length);
      const known = new Set(Object.keys(form.getValues()));
      let placed = false;
      for (const [path, messages] of fieldErrors) {
        if (!known.has(path.split(".")[0])) continue;
        form.setError(path as Path<T>, { type: "server", message: messages![0] }, { shouldFocus: !placed });
        placed = true;
      }
      if (placed) setFormError(null);
      else if (fieldErrors.length > 0) setFormError(fieldErrors[0][1]![0]);
      else if (data?.code === "INTERNAL_SERVER_ERROR" || !message) setFormError(SERVER_FAULT);
      else setFormError(message);
    },
    [form],
  );

  return { formError, report, clear: useCallback(() => setFormError(null), []) };
}
