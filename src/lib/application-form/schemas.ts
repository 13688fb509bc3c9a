import { z } from "zod";
import { idCardBirthDate } from "@/lib/validation/id-card";
import { safeText } from "@/lib/validation/text";
import { type AnyEntryModule, entryModules } from "./entry-fields";
import { objectSchema } from "./field-kinds";
import { endNotBeforeStart } from "./fields";
import { type EntryModuleKey, modules, type TextModuleKey } from "./modules";
import { annualAssessmentFields, basicInfoFields, continuingEducationFields, isExceptional } from "./section-fields";

/**
 * One zod schema per module, built from its field list plus the rules that span fields: the form
 * validates with it, the tRPC procedures parse with it, and the validation report (数据验证信息)
 * re-checks saved data with it.
 */
export const basicInfoSchema = objectSchema(basicInfoFields).superRefine((v, ctx) => {
  if (isExceptional(v) && !v.exceptionalCategory) {
    ctx.addIssue({ code: "custom", path: ["exceptionalCategory"], message: "申报类别为破格时，请选择破格类别" });
  }
  const birth = idCardBirthDate(v.idCardNumber)?.toISOString().slice(0, 10);
  if (birth && v.birthDate && birth !== v.birthDate) {
    ctx.addIssue({ code: "custom", path: ["birthDate"], message: "出生日期与身份证号不一致" });
  }
  if (v.birthDate && v.workStartDate && v.workStartDate <= v.birthDate) {
    ctx.addIssue({ code: "custom", path: ["workStartDate"], message: "参加工作时间须晚于出生日期" });
  }
  if (v.currentTitleDate && v.currentTitleDate < v.workStartDate) {
    ctx.addIssue({ code: "custom", path: ["currentTitleDate"], message: "现任职称取得时间不能早于参加工作时间" });
  }
});

export const continuingEducationSchema = objectSchema(continuingEducationFields);

/** An entry module's schema: its fields, and a period's end not before its start (毕业时间不能早于入学时间). */
function entrySchema({ fields, period }: AnyEntryModule) {
  const schema = objectSchema(fields);
  if (!period) return schema;
  const [start, end] = period;
  return schema.superRefine(endNotBeforeStart(start, end, `${fields[end].label}不能早于${fields[start].label}`));
}

type EntrySchemas = { [K in EntryModuleKey]: ReturnType<typeof objectSchema<(typeof entryModules)[K]["fields"]>> };

export const entrySchemas = Object.fromEntries(
  Object.entries(entryModules).map(([module, definition]) => [module, entrySchema(definition)]),
) as EntrySchemas;

export function textModuleSchema(key: TextModuleKey) {
  const label = modules[key].label;
  const max = modules[key].maxLength ?? 500;
  return z.object({ text: safeText().trim().max(max, `${label}不能超过${max}个字`) });
}

/** 年度考核: one result for each of `years` (the five years before the notice's year). */
export function annualAssessmentSchema(years: number[]) {
  return z.object({ results: objectSchema(annualAssessmentFields(years)) });
}

/** What a module's form sends (before parsing): the fixtures are typed with these. */
export type EntryInput<K extends EntryModuleKey> = z.input<EntrySchemas[K]>;
export type EntryData<K extends EntryModuleKey> = z.output<EntrySchemas[K]>;
export type BasicInfoInput = z.input<typeof basicInfoSchema>;
