"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback } from "react";
import { type Path, useWatch } from "react-hook-form";
import type { z } from "zod";
import { AttachmentSlot } from "@/components/attachments/attachment-slot";
import { useSummaryForm } from "@/components/ui/error-summary";
import type { SectionView } from "@/lib/application-form/form.types";
import { basicInfoSchema } from "@/lib/application-form/schemas";
import { basicInfoFields, basicInfoGroups, isExceptional } from "@/lib/application-form/section-fields";
import { labelOf, titleLevels } from "@/lib/dictionaries";
import { TWO_EXPERTS } from "@/lib/dictionaries/application-form";
import { idCardBirthDate, idCardGender, isValidIdCard } from "@/lib/validation/id-card";
import { type ControlledField, FieldControl, type FieldOverrides, summaryFieldsOf } from "./field-control";
import { expertsApply, type FormView } from "./form-view";
import { formLabels as L } from "./labels";
import { SectionForm } from "./section-form";
import { useSectionSave } from "./use-section-save";

type Values = z.input<typeof basicInfoSchema>;

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
  const saved = Object.fromEntries(
    Object.values(basicInfoGroups).flatMap((group) => Object.keys(group).map((key) => [key, text(data, key)])),
  ) as Values;
  return {
    ...saved,
    category: saved.category || "NORMAL",
    name: saved.name || identity.name,
    gender: saved.gender || (idValid ? (idCardGender(idCardNumber) === "男" ? "M" : "F") : ""),
    idCardNumber,
    birthDate: saved.birthDate || (idValid ? (idCardBirthDate(idCardNumber)?.toISOString().slice(0, 10) ?? "") : ""),
    mobile: saved.mobile || (identity.mobile ?? ""),
    appliedLevel: saved.appliedLevel || (levels.length === 1 ? levels[0] : ""),
  };
}

const fieldsOf = (group: keyof typeof basicInfoGroups) =>
  Object.entries(basicInfoGroups[group]) as [Path<Values>, ControlledField][];

const controlId = (key: string) => `basic-${key}`;
const summaryFields = summaryFieldsOf(Object.entries(basicInfoFields), controlId);

/** 基本信息: 申报类别 (and 破格类别), personal and professional facts, 「保存」. */
export function BasicInfoForm({ form }: { form: FormView }) {
  const toValues = useCallback((section: SectionView) => initialValues(form, section), [form]);
  const fields = useSummaryForm({
    resolver: zodResolver(basicInfoSchema),
    defaultValues: toValues(form.sections.basicInfo),
  });
  const state = useSectionSave({
    form,
    module: "basicInfo",
    fields,
    toValues,
    summaryFields,
    // 破格类别 belongs to 破格 only; a leftover choice is not saved with 正常申报.
    toData: (v) => (isExceptional(v) ? v : { ...v, exceptionalCategory: undefined }),
  });
  const [category, exceptionalCategory] = useWatch({
    control: fields.control,
    name: ["category", "exceptionalCategory"],
  });
  const levels = form.application.notice.levels.map((code) => ({ code, label: labelOf(titleLevels, code) }));

  /** The overrides of the fields that behave beyond their definition. */
  const special: Partial<Record<Path<Values>, FieldOverrides>> = {
    category: { className: "md:col-span-1" },
    exceptionalCategory: {
      required: true,
      className: "md:col-span-2",
      hint:
        exceptionalCategory === TWO_EXPERTS ? (expertsApply(form) ? L.expertsNext : L.expertsNeedBasicInfo) : undefined,
    },
    idCardNumber: { readOnly: true, hint: L.idCardFromIdentity },
    appliedLevel: { items: levels },
  };
  const controls = (group: keyof typeof basicInfoGroups) =>
    fieldsOf(group)
      .filter(([key]) => key !== "exceptionalCategory" || isExceptional({ category }))
      .map(([key, field]) => (
        <FieldControl key={key} form={fields} name={key} field={field} id={controlId(key)} {...special[key]} />
      ));

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
      <div className="grid gap-4 md:grid-cols-3">{controls("category")}</div>
      <div className="grid gap-4 md:grid-cols-3">{controls("person")}</div>
      <div className="grid gap-4 border-t border-slate-100 pt-4 md:grid-cols-3">{controls("post")}</div>
    </SectionForm>
  );
}
