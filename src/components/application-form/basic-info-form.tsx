"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { AttachmentSlot } from "@/components/attachments/attachment-slot";
import { FormCombobox } from "@/components/ui/combobox";
import { controlProps, Field, FieldMessage, RequiredMark } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/inputs";
import { shanghaiToday } from "@/lib/application-form/fields";
import { basicInfoSchema } from "@/lib/application-form/schemas";
import { labelOf, titleLevels } from "@/lib/dictionaries";
import {
  applicationCategories,
  ethnicities,
  exceptionalCategories,
  genders,
  politicalStatuses,
  TWO_EXPERTS,
} from "@/lib/dictionaries/application-form";
import { idCardBirthDate, idCardGender, isValidIdCard } from "@/lib/validation/id-card";
import type { SectionView } from "@/server/domain/application-form/contract";
import { basicInfoLabels as F } from "./field-labels";
import { expertsApply, type FormView } from "./form-view";
import { formLabels as L } from "./labels";
import { SectionForm } from "./section-form";
import { useSectionSave } from "./use-section-save";

type Values = z.input<typeof basicInfoSchema>;
type Key = keyof Values;

const text = (data: Record<string, unknown> | undefined, key: string) =>
  typeof data?.[key] === "string" ? (data[key] as string) : "";

/**
 * The saved 基本信息, or for a first visit what is already known: 姓名, 身份证号 and 手机号 from the
 * sign-in identity, 出生日期 and 性别 read from the 身份证号, and the level when the notice has one.
 */
function initialValues(form: FormView, section: SectionView): Values {
  const data = section?.data;
  const { identity } = form;
  // The server saves the identity's number whatever is sent: the field only shows it.
  const idCardNumber = identity.idCardNumber ?? "";
  const idValid = isValidIdCard(idCardNumber);
  const levels = form.application.notice.levels;
  return {
    category: text(data, "category") || "NORMAL",
    exceptionalCategory: text(data, "exceptionalCategory"),
    name: text(data, "name") || identity.name,
    gender: text(data, "gender") || (idValid ? (idCardGender(idCardNumber) === "男" ? "M" : "F") : ""),
    idCardNumber,
    birthDate:
      text(data, "birthDate") || (idValid ? (idCardBirthDate(idCardNumber)?.toISOString().slice(0, 10) ?? "") : ""),
    ethnicity: text(data, "ethnicity"),
    politicalStatus: text(data, "politicalStatus"),
    mobile: text(data, "mobile") || (identity.mobile ?? ""),
    currentTitle: text(data, "currentTitle"),
    currentTitleDate: text(data, "currentTitleDate"),
    post: text(data, "post"),
    workStartDate: text(data, "workStartDate"),
    specialty: text(data, "specialty"),
    appliedTitle: text(data, "appliedTitle"),
    appliedLevel: text(data, "appliedLevel") || (levels.length === 1 ? levels[0] : ""),
  };
}

const id = (key: Key) => `basic-${key}`;

/** 基本信息: 申报类别 (and 破格类别), personal and professional facts, 「保存」. */
export function BasicInfoForm({ form }: { form: FormView }) {
  const toValues = useCallback((section: SectionView) => initialValues(form, section), [form]);
  const fields = useForm({ resolver: zodResolver(basicInfoSchema), defaultValues: toValues(form.sections.basicInfo) });
  const state = useSectionSave({
    form,
    module: "basicInfo",
    fields,
    toValues,
    // 破格类别 belongs to 破格 only; a leftover choice is not saved with 正常申报.
    toData: (v) => (v.category === "EXCEPTIONAL" ? v : { ...v, exceptionalCategory: undefined }),
  });
  const { errors } = fields.formState;
  const [category, exceptionalCategory] = useWatch({
    control: fields.control,
    name: ["category", "exceptionalCategory"],
  });
  const today = shanghaiToday();

  const textField = (key: Key, required: boolean, props: React.ComponentProps<"input"> = {}, hint?: string) => (
    <Field id={id(key)} label={F[key]} required={required} error={errors[key]?.message} hint={hint}>
      <TextInput {...controlProps(id(key), errors[key]?.message, required)} {...fields.register(key)} {...props} />
    </Field>
  );
  const dateField = (key: Key, required: boolean) => (
    <Field id={id(key)} label={F[key]} required={required} error={errors[key]?.message}>
      <TextInput
        type="date"
        max={today}
        min="1900-01-01"
        {...controlProps(id(key), errors[key]?.message, required)}
        {...fields.register(key)}
      />
    </Field>
  );
  const comboField = (key: Key, items: typeof ethnicities) => (
    <Field id={id(key)} label={F[key]} required error={errors[key]?.message}>
      <FormCombobox control={fields.control} name={key} id={id(key)} items={items} required />
    </Field>
  );

  return (
    <SectionForm
      module="basicInfo"
      complete={form.completion.basicInfo}
      state={state}
      intro={<p className="text-sm text-slate-500">{L.requiredHint}</p>}
      after={
        <div className="mt-5 border-t border-slate-100 pt-5">
          <AttachmentSlot
            applicationId={form.application.id}
            slot="PHOTO"
            editable={form.application.editableScopes.basicInfo}
            disabledReason={form.sections.basicInfo ? undefined : L.photoNeedsBasicInfo}
            thumbnail
          />
        </div>
      }
    >
      <div className="grid gap-4 md:grid-cols-3">
        <fieldset className="md:col-span-1" aria-describedby={errors.category ? `${id("category")}-error` : undefined}>
          <legend className="mb-1 block text-sm font-medium text-slate-700">
            {F.category}
            <RequiredMark />
          </legend>
          <div className="flex h-[34px] items-center gap-5">
            {applicationCategories.map((c) => (
              <span key={c.code} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
                <input
                  type="radio"
                  id={`${id("category")}-${c.code}`}
                  value={c.code}
                  {...fields.register("category")}
                  className="size-4 accent-brand-600"
                />
                <label htmlFor={`${id("category")}-${c.code}`}>{c.label}</label>
              </span>
            ))}
          </div>
          <FieldMessage id={id("category")} error={errors.category?.message} />
        </fieldset>
        {category === "EXCEPTIONAL" && (
          <Field
            id={id("exceptionalCategory")}
            label={F.exceptionalCategory}
            required
            error={errors.exceptionalCategory?.message}
            className="md:col-span-2"
            hint={
              exceptionalCategory === TWO_EXPERTS
                ? expertsApply(form)
                  ? L.expertsNext
                  : L.expertsNeedBasicInfo
                : undefined
            }
          >
            <FormCombobox
              control={fields.control}
              name="exceptionalCategory"
              id={id("exceptionalCategory")}
              items={exceptionalCategories}
              required
            />
          </Field>
        )}
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        {textField("name", true, { autoComplete: "name" })}
        <Field id={id("gender")} label={F.gender} required error={errors.gender?.message}>
          <Select {...controlProps(id("gender"), errors.gender?.message, true)} {...fields.register("gender")}>
            <option value="">{L.pleaseSelect}</option>
            {genders.map((g) => (
              <option key={g.code} value={g.code}>
                {g.label}
              </option>
            ))}
          </Select>
        </Field>
        {textField(
          "idCardNumber",
          true,
          { readOnly: true, className: "bg-slate-100 font-mono text-slate-600" },
          L.idCardFromIdentity,
        )}
        {dateField("birthDate", true)}
        {comboField("ethnicity", ethnicities)}
        {comboField("politicalStatus", politicalStatuses)}
        {textField("mobile", true, { inputMode: "numeric", maxLength: 11, autoComplete: "tel" })}
      </div>

      <div className="grid gap-4 border-t border-slate-100 pt-4 md:grid-cols-3">
        {textField("currentTitle", false)}
        {dateField("currentTitleDate", false)}
        {textField("post", true)}
        {dateField("workStartDate", true)}
        {textField("specialty", true)}
        {textField("appliedTitle", true)}
        <Field id={id("appliedLevel")} label={F.appliedLevel} required error={errors.appliedLevel?.message}>
          <Select
            {...controlProps(id("appliedLevel"), errors.appliedLevel?.message, true)}
            {...fields.register("appliedLevel")}
          >
            <option value="">{L.pleaseSelect}</option>
            {form.application.notice.levels.map((level) => (
              <option key={level} value={level}>
                {labelOf(titleLevels, level)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </SectionForm>
  );
}
