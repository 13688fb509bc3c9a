"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useSummaryForm } from "@/components/ui/error-summary";
import { controlProps, FieldMessage } from "@/components/ui/field";
import { TextArea } from "@/components/ui/inputs";
import type { SectionView } from "@/lib/application-form/form.types";
import { modules, type TextModuleKey } from "@/lib/application-form/modules";
import { textModuleSchema } from "@/lib/application-form/schemas";
import type { FormView } from "./form-view";
import { formLabels as L } from "./labels";
import { SectionForm } from "./section-form";
import { useSectionSave } from "./use-section-save";

const toValues = (section: SectionView) => ({ text: typeof section?.data.text === "string" ? section.data.text : "" });

/** 创新技术改革方法, 行业认可情况, 基层服务工作经历, 其他业绩成果: a short text with a live count against its limit. */
export function TextModuleForm({ form, module }: { form: FormView; module: TextModuleKey }) {
  const { label, maxLength = 500 } = modules[module];
  const schema = useMemo(() => textModuleSchema(module), [module]);
  const fields = useSummaryForm({
    resolver: zodResolver(schema),
    defaultValues: toValues(form.sections[module]),
  });
  const id = `text-module-${module}`;
  const summaryFields = useMemo(() => [{ name: "text", id, label }], [id, label]);
  const state = useSectionSave({ form, module, fields, toValues, summaryFields });
  const text = useWatch({ control: fields.control, name: "text" }) ?? "";
  const error = fields.formState.errors.text?.message;
  const over = text.length > maxLength;

  return (
    <SectionForm module={module} complete={form.completion[module]} state={state}>
      <div>
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <TextArea
          rows={10}
          {...controlProps(id, error)}
          aria-describedby={[`${id}-count`, error ? `${id}-error` : ""].join(" ").trim()}
          {...fields.register("text")}
          className="leading-relaxed"
        />
        <div className="mt-1 flex items-start justify-between gap-4">
          <FieldMessage id={id} error={error} />
          <p
            id={`${id}-count`}
            className={`ml-auto shrink-0 text-xs ${over ? "font-medium text-red-600" : "text-slate-500"}`}
            data-over={over || undefined}
          >
            {L.charCount(text.length, maxLength)}
          </p>
        </div>
      </div>
    </SectionForm>
  );
}
