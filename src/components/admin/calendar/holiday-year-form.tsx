"use client";

import { useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, Field } from "@/components/ui/field";
import { TextArea, TextInput } from "@/components/ui/inputs";
import { parseDateList } from "@/lib/calendar/holiday-year.schema";
import { calendarLabels as L } from "@/lib/calendar/labels";
import { calendarMessages } from "@/lib/calendar/messages";
import { api } from "@/trpc/react";
import { FormPanel } from "../form-panel";
import type { EditorProps } from "../use-editing";
import { useSaveForm } from "../use-save-form";

export type EditableHolidayYear = { id: string; year: number; holidays: string[]; workdays: string[] };

type Values = { year: string; holidays: string; workdays: string };

const summaryFields = [
  { name: "year", id: "holiday-year", label: L.year },
  { name: "holidays", id: "holiday-dates", label: L.holidays },
  { name: "workdays", id: "holiday-workdays", label: L.workdays },
];

/**
 * Enters a year's 节假日安排, or corrects one (prefilled with what the calendar uses now). The dates
 * are checked by the server's schema; its refusals name the date at fault.
 */
export function HolidayYearForm({ entry, onSaved, onCancel }: { entry: EditableHolidayYear | null } & EditorProps) {
  const form = useSummaryForm<Values>({
    defaultValues: {
      year: entry ? String(entry.year) : "",
      holidays: entry?.holidays.join("\n") ?? "",
      workdays: entry?.workdays.join("\n") ?? "",
    },
  });
  const save = api.admin.calendar.save.useMutation();
  const submit = useSaveForm(
    form,
    (values) =>
      save.mutateAsync({
        year: Number(values.year),
        holidays: parseDateList(values.holidays),
        workdays: parseDateList(values.workdays),
      }),
    (saved) => onSaved(calendarMessages.saved(saved.year)),
    summaryFields,
  );
  const errors = form.formState.errors;

  return (
    <FormPanel title={L.formTitle} titleId="holiday-year-form-title" intro={L.intro} onCancel={onCancel} {...submit}>
      <Field id="holiday-year" label={L.year} required error={errors.year?.message} className="max-w-xs">
        <TextInput
          {...controlProps("holiday-year", errors.year?.message, true)}
          {...form.register("year")}
          inputMode="numeric"
          readOnly={entry !== null}
        />
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="holiday-dates" label={L.holidays} required hint={L.datesHint} error={errors.holidays?.message}>
          <TextArea
            {...controlProps("holiday-dates", errors.holidays?.message, true)}
            {...form.register("holidays")}
            rows={10}
          />
        </Field>
        <Field id="holiday-workdays" label={L.workdays} hint={L.datesHint} error={errors.workdays?.message}>
          <TextArea
            {...controlProps("holiday-workdays", errors.workdays?.message)}
            {...form.register("workdays")}
            rows={10}
          />
        </Field>
      </div>
    </FormPanel>
  );
}
