"use client";

import { type FieldValues, type Path, type UseFormReturn, useWatch } from "react-hook-form";
import { FormCombobox } from "@/components/ui/combobox";
import type { SummaryField } from "@/components/ui/error-summary";
import { controlProps, Field, FieldMessage, RequiredMark } from "@/components/ui/field";
import { Select, TextArea, TextInput } from "@/components/ui/inputs";
import { type FieldDefinition, shownLabel } from "@/lib/application-form/field-kinds";
import { shanghaiToday } from "@/lib/application-form/fields";
import type { DictionaryItem } from "@/lib/dictionaries";
import { formLabels as L } from "./labels";

/** Every kind but the 是/否 question, which entry forms ask with RepresentativeQuestion. */
export type ControlledField = Exclude<FieldDefinition, { kind: "boolean" }>;

/** What a section form may set beyond the definition, for the fields that behave beyond it. */
export type FieldOverrides = {
  required?: boolean;
  hint?: React.ReactNode;
  items?: readonly DictionaryItem[];
  readOnly?: boolean;
  className?: string;
};

/**
 * One labelled control of a module form, chosen by the field's definition: a text box (or a text
 * area with a live count), a date, a number, or a dictionary as a combo box, drop-down or radio
 * buttons. The section forms' special cases are the overrides: a read-only 身份证号, 破格类别's
 * asterisk and hint, 申报级别 offered from the notice's levels.
 */
export function FieldControl<T extends FieldValues, C, U extends FieldValues>({
  form,
  name,
  field,
  id,
  required = field.required,
  hint = field.hint,
  items = field.kind === "dictionary" ? field.items : [],
  readOnly,
  className = "",
  autoFocus,
}: {
  form: UseFormReturn<T, C, U>;
  name: Path<T>;
  field: ControlledField;
  id: string;
  autoFocus?: boolean;
} & FieldOverrides) {
  const label = shownLabel(field);
  const error = form.getFieldState(name, form.formState).error?.message;
  const aria = controlProps(id, error, required);

  if (field.kind === "dictionary" && field.control === "radio") {
    return (
      <fieldset id={id} className={className} aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="mb-1 block text-sm font-medium text-slate-700">
          {label}
          {required && <RequiredMark />}
        </legend>
        <div className="flex h-[34px] items-center gap-5">
          {items.map((item) => (
            <span key={item.code} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
              <input
                type="radio"
                id={`${id}-${item.code}`}
                value={item.code}
                {...form.register(name)}
                className="size-4 accent-brand-600"
              />
              <label htmlFor={`${id}-${item.code}`}>{item.label}</label>
            </span>
          ))}
        </div>
        <FieldMessage id={id} error={error} hint={hint} />
      </fieldset>
    );
  }

  const wide = field.kind === "text" && field.multiline ? "md:col-span-2" : "";
  return (
    <Field
      id={id}
      label={label}
      required={required}
      error={error}
      hint={hint}
      className={`${wide} ${className}`.trim()}
    >
      {field.kind === "dictionary" ? (
        field.control === "select" ? (
          <Select {...aria} {...form.register(name)} autoFocus={autoFocus}>
            <option value="">{L.pleaseSelect}</option>
            {items.map((item) => (
              <option key={item.code} value={item.code}>
                {item.label}
              </option>
            ))}
          </Select>
        ) : (
          <FormCombobox control={form.control} name={name} id={id} items={items} required={required} />
        )
      ) : field.kind === "date" ? (
        <TextInput
          {...aria}
          {...form.register(name)}
          autoFocus={autoFocus}
          type="date"
          min="1900-01-01"
          max={shanghaiToday()}
        />
      ) : field.kind === "number" ? (
        <TextInput
          {...aria}
          // An empty box is "not filled in", not 0.
          {...form.register(name, { setValueAs: (v: unknown) => (v === "" || v === null ? undefined : v) })}
          autoFocus={autoFocus}
          type="number"
          inputMode={field.decimals === 0 ? "numeric" : "decimal"}
          step={10 ** -field.decimals}
          min={field.min}
          max={field.max}
        />
      ) : field.multiline ? (
        <>
          <TextArea {...aria} {...form.register(name)} autoFocus={autoFocus} rows={4} />
          <CharCount form={form} name={name} max={field.max} />
        </>
      ) : (
        <TextInput
          {...aria}
          {...form.register(name)}
          autoFocus={autoFocus}
          maxLength={field.max}
          autoComplete={field.autoComplete}
          inputMode={field.inputMode}
          readOnly={readOnly}
          className={readOnly ? "bg-slate-100 font-mono text-slate-600" : ""}
        />
      )}
    </Field>
  );
}

/** The fields as a form's error summary names them: the label each control shows, and its id. */
export function summaryFieldsOf(
  fields: readonly (readonly [name: string, field: FieldDefinition])[],
  idOf: (name: string) => string,
): SummaryField[] {
  return fields.map(([name, field]) => ({ name, id: idOf(name), label: shownLabel(field) }));
}

/** The live 12/500 count under a long text, so the limit is seen before saving. */
function CharCount<T extends FieldValues, C, U extends FieldValues>({
  form,
  name,
  max,
}: {
  form: UseFormReturn<T, C, U>;
  name: Path<T>;
  max: number;
}) {
  const value: unknown = useWatch({ control: form.control, name });
  const count = typeof value === "string" ? value.length : 0;
  return (
    <p className={`mt-1 text-right text-xs ${count > max ? "text-red-600" : "text-slate-500"}`}>
      {L.charCount(count, max)}
    </p>
  );
}
