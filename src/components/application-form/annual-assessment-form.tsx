"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useMemo } from "react";
import { Controller } from "react-hook-form";
import { useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, Field } from "@/components/ui/field";
import { Select } from "@/components/ui/inputs";
import type { SectionView } from "@/lib/application-form/form.types";
import { modules } from "@/lib/application-form/modules";
import { annualAssessmentSchema } from "@/lib/application-form/schemas";
import { annualAssessmentFields } from "@/lib/application-form/section-fields";
import type { FormView } from "./form-view";
import { formLabels as L } from "./labels";
import { SectionForm } from "./section-form";
import { useSectionSave } from "./use-section-save";

const yearId = (year: number) => `annual-assessment-${year}`;

/**
 * 年度考核: one result for each of the five years before the notice's year, 「保存」.
 * The years are object keys, so the results are one controlled field: react-hook-form would read
 * a numeric key in a field name as an array index.
 */
export function AnnualAssessmentForm({ form }: { form: FormView }) {
  const years = form.assessmentYears;
  const schema = useMemo(() => annualAssessmentSchema(years), [years]);
  const yearFields = useMemo(() => annualAssessmentFields(years), [years]);
  const toValues = useCallback(
    (section: SectionView) => {
      const saved = (section?.data.results ?? {}) as Record<string, unknown>;
      return {
        results: Object.fromEntries(years.map((y) => [String(y), typeof saved[y] === "string" ? saved[y] : ""])),
      };
    },
    [years],
  );
  const fields = useSummaryForm({
    resolver: zodResolver(schema),
    defaultValues: toValues(form.sections.annualAssessment),
  });
  // A refusal naming only `results` links to the first year.
  const summaryFields = useMemo(
    () => [
      { name: "results", id: yearId(years[0]), label: modules.annualAssessment.label },
      ...years.map((year) => ({ name: `results.${year}`, id: yearId(year), label: yearFields[year].label })),
    ],
    [years, yearFields],
  );
  const state = useSectionSave({ form, module: "annualAssessment", fields, toValues, summaryFields });
  const errors = fields.formState.errors.results as Record<string, { message?: string } | undefined> | undefined;
  // A server refusal names only `results`; a client check names the year.
  const groupError = (fields.formState.errors.results as { message?: string } | undefined)?.message;

  return (
    <SectionForm
      module="annualAssessment"
      complete={form.completion.annualAssessment}
      state={state}
      intro={<p className="text-sm text-slate-500">{L.assessmentIntro(years)}</p>}
    >
      {groupError && <p className="text-sm text-red-600">{groupError}</p>}
      <Controller
        control={fields.control}
        name="results"
        render={({ field }) => (
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {years.map((year) => {
              const error = errors?.[year]?.message;
              const definition = yearFields[year];
              return (
                <Field
                  key={year}
                  id={yearId(year)}
                  label={definition.label}
                  required={definition.required}
                  error={error}
                >
                  <Select
                    {...controlProps(yearId(year), error, definition.required)}
                    value={field.value[year] ?? ""}
                    onBlur={field.onBlur}
                    onChange={(e) => field.onChange({ ...field.value, [year]: e.target.value })}
                  >
                    <option value="">{L.pleaseSelect}</option>
                    {definition.items.map((r) => (
                      <option key={r.code} value={r.code}>
                        {r.label}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
        )}
      />
    </SectionForm>
  );
}
