"use client";

import { useCallback, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { readServerError, SERVER_FAULT } from "./server-error";

/**
 * Puts a refused save where the user will look: each `error.data.fieldErrors` message beside its
 * field — nested fields by dotted path ("results.2021") — the first one focused, anything else in
 * `formError`. The form's values are left untouched so nothing typed is lost.
 */
export function useServerErrors<T extends FieldValues>(form: Pick<UseFormReturn<T>, "getValues" | "setError">) {
  const [formError, setFormError] = useState<string | null>(null);

  const report = useCallback(
    (error: unknown) => {
      const { fieldErrors, message } = readServerError(error);
      const known = new Set(Object.keys(form.getValues()));
      let placed = false;
      for (const [path, text] of fieldErrors) {
        if (!known.has(path.split(".")[0])) continue;
        form.setError(path as Path<T>, { type: "server", message: text }, { shouldFocus: !placed });
        placed = true;
      }
      if (placed) setFormError(null);
      else setFormError(fieldErrors[0]?.[1] ?? message ?? SERVER_FAULT);
    },
    [form],
  );

  return { formError, report, clear: useCallback(() => setFormError(null), []) };
}
