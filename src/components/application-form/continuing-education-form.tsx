"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Path } from "react-hook-form";
import type { z } from "zod";
import { useSummaryForm } from "@/components/ui/error-summary";
import type { SectionView } from "@/lib/application-form/form.types";
import { continuingEducationSchema } from "@/lib/application-form/schemas";
import { continuingEducationFields } from "@/lib/application-form/section-fields";
import { type ControlledField, FieldControl, summaryFieldsOf } from "./field-control";
import type { FormView } from "./form-view";
import { SectionForm } from "./section-form";
import { useSectionSave } from "./use-section-save";

type Values = z.input<typeof continuingEducationSchema>;
const fieldList = Object.entries(continuingEducationFields) as [Path<Values>, ControlledField][];
const controlId = (key: string) => `continuing-education-${key}`;
const summaryFields = summaryFieldsOf(fieldList, controlId);

// An empty number box is "not filled in", not 0 学时.
const toValues = (section: SectionView) =>
  Object.fromEntries(
    fieldList.map(([key, field]) => [key, section?.data[key] ?? (field.kind === "number" ? undefined : "")]),
  ) as Values;

/** 近5年继续教育情况: the hours (学时) of the last five years, 「保存」. */
export function ContinuingEducationForm({ form }: { form: FormView }) {
  const fields = useSummaryForm({
    resolver: zodResolver(continuingEducationSchema),
    defaultValues: toValues(form.sections.continuingEducation),
  });
  const state = useSectionSave({ form, module: "continuingEducation", fields, toValues, summaryFields });
  return (
    <SectionForm module="continuingEducation" complete={form.completion.continuingEducation} state={state}>
      {fieldList.map(([key, field]) => (
        <FieldControl key={key} form={fields} name={key} field={field} id={controlId(key)} className="max-w-xs" />
      ))}
    </SectionForm>
  );
}
