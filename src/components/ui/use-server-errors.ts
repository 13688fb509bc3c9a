"use client";

import { useCallback, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { readServerError, SERVER_FAULT } from "./server-error";

/**
 * Puts a refused save where the user will look: each `error.data.fieldErrors` message beside its
 * field — nested fields by dotted path ("results.2021") — anything else in `formError`. `report`
 * returns the messages it placed, for the form's error summary, which then takes focus; a form
 * without one passes `focusFirst` so the first field placed takes it. The form's values are left
 * untouched so nothing typed is lost.
 */
export function useServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, "getValues" | "setError">,
  { focusFirst = false }: { focusFirst?: boolean } = {},
) {
  const [formError, setFormError] = useState<string | null>(null);

  const report = useCallback(
    (error: unknown): [string, string][] => {
      const { fieldErrors, message } = readServerError(error);
      const known = new Set(Object.keys(form.getValues()));
      const placed = fieldErrors.filter(([path]) => known.has(path.split(".")[0]));
      placed.forEach(([path, text], i) => {
        form.setError(path as Path<T>, { type: "server", message: text }, { shouldFocus: focusFirst && i === 0 });
      });
      setFormError(placed.length ? null : (fieldErrors[0]?.[1] ?? message ?? SERVER_FAULT));
      return placed;
    },
    [form, focusFirst],
  );

  return { formError, report, clear: useCallback(() => setFormError(null), []) };
}
