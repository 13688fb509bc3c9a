import { z } from "zod";
import { titleLevels } from "@/lib/dictionaries";
import {
  applicationCategories,
  assessmentResults,
  degrees,
  educationLevels,
  ethnicities,
  exceptionalCategories,
  genders,
  honorLevels,
  patentCategories,
  politicalStatuses,
  projectLevels,
  projectRoles,
  punishmentLevels,
  studyModes,
} from "@/lib/dictionaries/application-form";
import { idCardBirthDate } from "@/lib/validation/id-card";
import {
  dictionaryCode,
  endNotBeforeStart,
  idCardField,
  integerInRange,
  mobileField,
  optionalDictionaryCode,
  optionalPastDate,
  optionalText,
  pastDate,
  requiredText,
} from "./fields";
import { type EntryModuleKey, modules, type TextModuleKey } from "./modules";

/**
 * One zod schema per module: the form validates with it, the tRPC procedures parse with it, and
 * the validation report (数据验证信息) re-checks saved data with it.
 */
const representative = z.boolean().default(false);

export const basicInfoSchema = z
  .object({
    category: dictionaryCode("申报类别", applicationCategories),
    exceptionalCategory: optionalDictionaryCode("破格类别", exceptionalCategories),
    name: requiredText("姓名", 50),
    gender: dictionaryCode("性别", genders),
    idCardNumber: idCardField,
    birthDate: pastDate("出生日期"),
    ethnicity: dictionaryCode("民族", ethnicities),
    politicalStatus: dictionaryCode("政治面貌", politicalStatuses),
    mobile: mobileField,
    currentTitle: optionalText("现任职称", 50),
    currentTitleDate: optionalPastDate("现任职称取得时间"),
    post: requiredText("现工作岗位", 50),
    workStartDate: pastDate("参加工作时间"),
    specialty: requiredText("从事专业", 50),
    appliedTitle: requiredText("申报职称", 50),
    appliedLevel: dictionaryCode("申报级别", titleLevels),
  })
  .superRefine((v, ctx) => {
    if (v.category === "EXCEPTIONAL" && !v.exceptionalCategory) {
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

export const exceptionalExpertSchema = z.object({
  name: requiredText("专家姓名", 50),
  title: requiredText("专家职称", 50),
  employer: requiredText("工作单位", 100),
  specialty: requiredText("从事专业", 50),
  phone: z
    .string({ message: "请填写联系电话" })
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "请填写11位手机号或带区号的固定电话"),
  recommendation: requiredText("推荐意见", 1000),
});

export const educationSchema = z
  .object({
    startDate: pastDate("入学时间"),
    endDate: pastDate("毕业时间"),
    school: requiredText("毕业学校", 100),
    major: requiredText("所学专业", 100),
    educationLevel: dictionaryCode("学历", educationLevels),
    degree: optionalDictionaryCode("学位", degrees),
    studyMode: dictionaryCode("教育方式", studyModes),
    representative,
  })
  .superRefine(endNotBeforeStart("startDate", "endDate", "毕业时间不能早于入学时间"));

export const continuingEducationSchema = z.object({
  hours: integerInRange("近5年继续教育学时", 0, 5000),
});

export const workExperienceSchema = z
  .object({
    startDate: pastDate("开始时间"),
    endDate: optionalPastDate("结束时间"),
    employer: requiredText("工作单位", 100),
    post: requiredText("工作岗位", 50),
    duties: optionalText("主要职责", 500),
  })
  .superRefine(endNotBeforeStart("startDate", "endDate", "结束时间不能早于开始时间"));

export const paperSchema = z.object({
  title: requiredText("论文著作名称", 200),
  publisher: requiredText("期刊/出版社名称", 100),
  publishedOn: pastDate("出版日期"),
  issnIsbn: optionalText("ISSN/ISBN", 30),
  authorRank: integerInRange("作者排名", 1, 50),
  representative,
});

export const projectSchema = z
  .object({
    name: requiredText("科研项目名称", 200),
    level: dictionaryCode("项目来源/级别", projectLevels),
    funding: z
      .union([
        z.literal(""),
        z.coerce
          .number({ message: "项目经费须为数字" })
          .min(0, "项目经费不能为负数")
          .max(1_000_000, "项目经费不能超过1000000万元"),
      ])
      .optional()
      .transform((v) => (v === "" || v === undefined ? undefined : Math.round(v * 100) / 100)),
    role: dictionaryCode("本人角色", projectRoles),
    startDate: pastDate("开始时间"),
    endDate: optionalPastDate("结束时间"),
    representative,
  })
  .superRefine(endNotBeforeStart("startDate", "endDate", "结束时间不能早于开始时间"));

export const patentSchema = z.object({
  category: dictionaryCode("专利类别", patentCategories),
  name: requiredText("专利名称", 200),
  patentNumber: requiredText("专利号", 50),
  grantedOn: pastDate("授权日期"),
  rank: integerInRange("本人排名", 1, 50),
  representative,
});

export const workReportSchema = z.object({
  reportedOn: pastDate("工作报告日期"),
  title: requiredText("工作报告题目", 200),
  summary: requiredText("内容摘要", 1000),
  representative,
});

export const honorSchema = z.object({
  name: requiredText("荣誉奖励名称", 200),
  level: dictionaryCode("荣誉级别", honorLevels),
  grantor: requiredText("授予单位", 100),
  grantedOn: pastDate("授予日期"),
  rank: z
    .union([z.literal(""), integerInRange("本人排名", 1, 50)])
    .optional()
    .transform((v) => (v === "" ? undefined : v)),
  representative,
});

export const punishmentSchema = z.object({
  level: dictionaryCode("处分级别", punishmentLevels),
  name: requiredText("处分名称", 100),
  punishedOn: pastDate("处分日期"),
  issuer: requiredText("处分单位", 100),
});

export function textModuleSchema(key: TextModuleKey) {
  const label = modules[key].label;
  const max = modules[key].maxLength ?? 500;
  return z.object({ text: z.string().trim().max(max, `${label}不能超过${max}个字`) });
}

/** 年度考核: one result for each of `years` (the five years before the notice's year). */
export function annualAssessmentSchema(years: number[]) {
  return z.object({
    results: z.object(
      Object.fromEntries(years.map((y) => [String(y), dictionaryCode(`${y}年度考核结果`, assessmentResults)])),
    ),
  });
}

export const entrySchemas = {
  exceptionalExperts: exceptionalExpertSchema,
  education: educationSchema,
  workExperience: workExperienceSchema,
  papers: paperSchema,
  projects: projectSchema,
  patents: patentSchema,
  workReports: workReportSchema,
  honors: honorSchema,
  punishments: punishmentSchema,
} satisfies Record<EntryModuleKey, z.ZodType>;

export type EntryInput<K extends EntryModuleKey> = z.input<(typeof entrySchemas)[K]>;
export type EntryData<K extends EntryModuleKey> = z.output<(typeof entrySchemas)[K]>;
export type BasicInfo = z.output<typeof basicInfoSchema>;
