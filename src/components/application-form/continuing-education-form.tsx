"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { continuingEducationSchema } from "@/lib/application-form/schemas";
import type { SectionView } from "@/server/domain/application-form/contract";
import { continuingEducationLabels as F } from "./field-labels";
import type { FormView } from "./form-view";
import { formLabels as L } from "./labels";
import { SectionForm } from "./section-form";
import { useSectionSave } from "./use-section-save";

const ID = "continuing-education-hours";

// An empty box is "not filled in", not 0 学时.
const toValues = (section: SectionView) => ({ hours: section?.data.hours ?? undefined });

/** 近5年继续教育情况: the hours (学时) of the last five years, 「保存」. */
export function ContinuingEducationForm({ form }: { form: FormView }) {
  const fields = useForm({
    resolver: zodResolver(continuingEducationSchema),
    defaultValues: toValues(form.sections.continuingEducation),
  });
  const state = useSectionSave({ form, module: "continuingEducation", fields, toValues });
  const error = fields.formState.errors.hours?.message;
  return (
    <SectionForm module="continuingEducation" complete={form.completion.continuingEducation} state={state}>
      <Field id={ID} label={F.hours} required error={error} hint={L.hoursHint} className="max-w-xs">
        <TextInput
          type="number"
          min={0}
          max={5000}
          step={1}
          inputMode="numeric"
          {...controlProps(ID, error, true)}
          {...fields.register("hours", { setValueAs: (v: unknown) => (v === "" || v === null ? undefined : v) })}
        />
      </Field>
    </SectionForm>
  );
}
