"use client";

import { type UseFormReturn, useWatch } from "react-hook-form";
import { FormCombobox } from "@/components/ui/combobox";
import { controlProps, Field } from "@/components/ui/field";
import { TextArea, TextInput } from "@/components/ui/inputs";
import { shanghaiToday } from "@/lib/application-form/fields";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import { formLabels } from "../labels";
import type { EntryField } from "./entry-fields";
import { type EntryFormValues, isRequiredField, maxLengthOf } from "./entry-schema";

type EntryForm = UseFormReturn<EntryFormValues, unknown, EntryFormValues>;

/** One labelled control of an entry form, chosen by the field's kind. */
export function EntryFieldControl({
  module,
  field,
  form,
  idPrefix,
  autoFocus,
}: {
  module: EntryModuleKey;
  field: EntryField;
  form: EntryForm;
  idPrefix: string;
  autoFocus?: boolean;
}) {
  const id = `${idPrefix}-${field.key}`;
  const error = form.formState.errors[field.key]?.message as string | undefined;
  const required = isRequiredField(module, field.key);
  const props = { ...controlProps(id, error, required), ...form.register(field.key), autoFocus };
  const wide = field.kind === "textarea";

  return (
    <Field
      id={id}
      label={field.label}
      required={required}
      error={error}
      hint={field.hint}
      className={wide ? "md:col-span-2" : ""}
    >
      {field.kind === "textarea" ? (
        <>
          <TextArea {...props} rows={4} />
          <CharCount form={form} name={field.key} max={maxLengthOf(module, field.key)} />
        </>
      ) : field.kind === "dictionary" ? (
        <FormCombobox control={form.control} name={field.key} id={id} items={field.items ?? []} required={required} />
      ) : field.kind === "date" ? (
        <TextInput {...props} type="date" min="1900-01-01" max={shanghaiToday()} />
      ) : field.kind === "number" ? (
        <TextInput
          {...props}
          type="number"
          inputMode={field.step === 1 ? "numeric" : "decimal"}
          step={field.step}
          min={field.min}
        />
      ) : (
        <TextInput {...props} maxLength={maxLengthOf(module, field.key) ?? undefined} />
      )}
    </Field>
  );
}

/** The live 12/500 count under a long text, so the limit is seen before saving. */
function CharCount({ form, name, max }: { form: EntryForm; name: string; max: number | null }) {
  const value = useWatch({ control: form.control, name });
  if (!max) return null;
  const count = typeof value === "string" ? value.length : 0;
  return (
    <p className={`mt-1 text-right text-xs ${count > max ? "text-red-600" : "text-slate-500"}`}>
      {formLabels.charCount(count, max)}
    </p>
  );
}
