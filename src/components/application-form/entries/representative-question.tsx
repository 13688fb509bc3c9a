"use client";

import { type Control, Controller } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { FieldMessage } from "@/components/ui/field";
import { REPRESENTATIVE } from "@/lib/application-form/entry-fields";
import type { EntryView } from "@/lib/application-form/form.types";
import type { EntryFormValues } from "./entry-schema";
import { entryLabels as L } from "./labels";

const radio = "size-4 border-slate-300 accent-brand-600";

/**
 * The 参评 question as a 是/否 radio group. When the mark is asked for and the limit is reached,
 * it says before saving which entry will lose the mark, and with several candidates (参评学历)
 * lets the applicant choose which one.
 */
export function RepresentativeQuestion({
  idPrefix,
  question,
  control,
  error,
  holders,
  names,
  replaces,
  onChooseReplaced,
  choiceError,
}: {
  idPrefix: string;
  question: string;
  control: Control<EntryFormValues, unknown, EntryFormValues>;
  error?: string;
  /** Entries that would exceed the limit if this one is marked (empty when it is not reached). */
  holders: EntryView[];
  names: (entry: EntryView) => string;
  /** The entry whose mark moves to this one. */
  replaces: string | undefined;
  onChooseReplaced: (entryId: string) => void;
  choiceError: string | null;
}) {
  const id = `${idPrefix}-${REPRESENTATIVE}`;
  const replaced = holders.find((h) => h.id === replaces);
  return (
    <Controller
      control={control}
      name={REPRESENTATIVE}
      render={({ field }) => (
        <div className="space-y-2 md:col-span-2">
          <fieldset id={id} aria-describedby={error ? `${id}-error` : undefined}>
            <legend className="mb-1 text-sm font-medium text-slate-700">{question}</legend>
            <div className="flex gap-6">
              {[true, false].map((value) => (
                <label
                  key={String(value)}
                  htmlFor={`${id}-${value ? "yes" : "no"}`}
                  className="inline-flex items-center gap-1.5 text-sm text-slate-700"
                >
                  <input
                    type="radio"
                    id={`${id}-${value ? "yes" : "no"}`}
                    name={field.name}
                    checked={field.value === value}
                    onChange={() => field.onChange(value)}
                    onBlur={field.onBlur}
                    ref={value ? field.ref : undefined}
                    className={radio}
                  />
                  {value ? L.yes : L.no}
                </label>
              ))}
            </div>
            <FieldMessage id={id} error={error} />
          </fieldset>
          {field.value === true && holders.length > 1 && (
            <fieldset id={`${id}-replaces`} aria-describedby={choiceError ? `${id}-replaces-error` : undefined}>
              <legend className="mb-1 text-sm text-slate-700">{L.replaceChoose}</legend>
              <div className="flex flex-wrap gap-x-6 gap-y-1">
                {holders.map((h) => (
                  <label
                    key={h.id}
                    htmlFor={`${id}-replaces-${h.id}`}
                    className="inline-flex items-center gap-1.5 text-sm text-slate-700"
                  >
                    <input
                      type="radio"
                      id={`${id}-replaces-${h.id}`}
                      name={`${id}-replaces`}
                      checked={replaces === h.id}
                      onChange={() => onChooseReplaced(h.id)}
                      className={radio}
                    />
                    {names(h)}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {field.value === true && replaced && <Alert tone="info">{L.replaceNotice(names(replaced))}</Alert>}
          <FieldMessage id={`${id}-replaces`} error={choiceError ?? undefined} />
        </div>
      )}
    />
  );
}
