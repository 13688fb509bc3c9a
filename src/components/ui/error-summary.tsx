"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { type FieldErrors, type FieldValues, type UseFormProps, type UseFormReturn, useForm } from "react-hook-form";

/** A form's field as the summary names it: its value's path, its control's id, its label. */
export type SummaryField = { name: string; id: string; label: string };

/** One line of the summary: 「字段名：错误信息」, linking to the control `id`. */
export type SummaryError = { id: string; label: string; message: string };

const summaryLabels = {
  title: (action: string, count: number) => `${action}未成功，请修改以下 ${count} 处：`,
  /** What a form that names nothing else did not get done. */
  save: "保存",
};

/**
 * A form's error messages by path ("results.2021" for a nested field), in no particular order:
 * react-hook-form's errors after a failed check, flattened.
 */
export function flattenErrors<T extends FieldValues>(errors: FieldErrors<T>, prefix = ""): [string, string][] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== "object" || key === "ref" || key === "types") return [];
    const path = prefix ? `${prefix}.${key}` : key;
    const own = typeof value.message === "string" && value.message ? [[path, value.message] as [string, string]] : [];
    const { message: _, type: __, ref: ___, types: ____, ...nested } = value as Record<string, unknown>;
    return [...own, ...flattenErrors(nested as FieldErrors, path)];
  });
}

/**
 * The summary's lines: the fields with a message, in the form's order, each with its first
 * message. A message belongs to the field of its path, or else to the field its path is inside
 * ("holidays.3" to 节假日); paths no field claims are left out.
 */
export function summaryOf(fields: readonly SummaryField[], messages: readonly [string, string][]): SummaryError[] {
  const names = new Set(fields.map((f) => f.name));
  const ownerOf = (path: string) => {
    for (let at = path; at; at = at.slice(0, Math.max(at.lastIndexOf("."), 0))) if (names.has(at)) return at;
    return undefined;
  };
  const byField = new Map<string, string>();
  for (const [path, message] of messages) {
    const owner = ownerOf(path);
    if (owner && !byField.has(owner)) byField.set(owner, message);
  }
  return fields.flatMap(({ name, id, label }) => {
    const message = byField.get(name);
    return message ? [{ id, label, message }] : [];
  });
}

/**
 * The summary a form shows after a failed save, kept as it was at that save (as GOV.UK's does):
 * it changes only on the next save. `attempt` counts the failed saves, so each one moves focus
 * to the summary again.
 */
export function useErrorSummary(fields: readonly SummaryField[]) {
  const [summary, setSummary] = useState<{ errors: SummaryError[]; attempt: number }>({ errors: [], attempt: 0 });
  const show = useCallback(
    (messages: readonly [string, string][]) => {
      const errors = summaryOf(fields, messages);
      setSummary((s) => ({ errors, attempt: errors.length ? s.attempt + 1 : s.attempt }));
    },
    [fields],
  );
  const showInvalid = useCallback(
    <T extends FieldValues>(errors: FieldErrors<T>) => show(flattenErrors(errors)),
    [show],
  );
  const clear = useCallback(() => setSummary((s) => (s.errors.length ? { errors: [], attempt: s.attempt } : s)), []);

  return { summary, show, showInvalid, clear };
}

/**
 * react-hook-form's useForm for a form that shows the error summary. After a failed save the
 * summary takes focus, so react-hook-form must not move it to the first invalid field as well
 * (`shouldFocusError: false`): the two would fight, and the summary would be skipped.
 */
export function useSummaryForm<TFieldValues extends FieldValues, TContext = unknown, TTransformedValues = TFieldValues>(
  props: Omit<UseFormProps<TFieldValues, TContext, TTransformedValues>, "shouldFocusError">,
): UseFormReturn<TFieldValues, TContext, TTransformedValues> {
  return useForm({ ...props, shouldFocusError: false });
}

/**
 * Moves focus to the control with `id`, scrolling its label into view. A radio group's id is its
 * fieldset's, so the chosen button (or the first) takes focus; a wrapper hands it to its input.
 */
function focusControl(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const control = element.matches("input, select, textarea, button")
    ? element
    : (element.querySelector<HTMLElement>("input:checked") ??
      element.querySelector<HTMLElement>("input, select, textarea, button"));
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? element.querySelector("legend");
  (label ?? control ?? element).scrollIntoView({ block: "center" });
  (control ?? element).focus({ preventScroll: true });
}

/**
 * The box at the top of a failed form, modelled on the GOV.UK Design System's error summary: a
 * heading with the count, then one link per field error that moves focus to the field. It takes
 * focus itself after each failed save (so screen readers read it and the keyboard starts there);
 * the messages under the fields stay as they are.
 */
export function ErrorSummary({
  errors,
  attempt,
  action = summaryLabels.save,
}: {
  errors: readonly SummaryError[];
  attempt: number;
  /** What did not go through, as the heading says it: 「保存未成功」 on a form, 「查询未成功」 on a search. */
  action?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (attempt === 0 || errors.length === 0) return;
    ref.current?.scrollIntoView({ block: "start", behavior: "instant" });
    ref.current?.focus({ preventScroll: true });
  }, [attempt, errors.length]);

  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      data-error-summary
      className="scroll-mt-20 rounded-md border-2 border-red-700 bg-white px-4 py-3 outline-none focus:ring-4 focus:ring-amber-300"
    >
      <h2 id={titleId} className="text-base font-semibold text-red-800">
        {summaryLabels.title(action, errors.length)}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {errors.map((error) => (
          <li key={error.id}>
            <a
              href={`#${error.id}`}
              onClick={(event) => {
                event.preventDefault();
                focusControl(error.id);
              }}
              className="font-medium text-red-800 underline underline-offset-2 hover:text-red-900 focus:bg-amber-200 focus:outline-none"
            >
              {error.label}：{error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
