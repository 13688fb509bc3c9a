import { titleLevels } from "@/lib/dictionaries";
import {
  applicationCategories,
  assessmentResults,
  ethnicities,
  exceptionalCategories,
  genders,
  politicalStatuses,
} from "@/lib/dictionaries/application-form";
import { date, dictionary, number, text } from "./field-kinds";
import { idCardField, mobileField } from "./fields";

/**
 * The fields of the single-record modules, in the form's order (the short texts are shaped by
 * modules.ts, 年度考核 by the notice's years).
 */

/** 基本信息 in the form's three groups: the 申报类别, the person, the post and the title applied for. */
export const basicInfoGroups = {
  category: {
    category: dictionary("申报类别", applicationCategories, { required: true, control: "radio" }),
    /** Asked, and required, only for 破格 (a rule of schemas.ts). */
    exceptionalCategory: dictionary("破格类别", exceptionalCategories),
  },
  person: {
    name: text("姓名", { required: true, max: 50, autoComplete: "name" }),
    gender: dictionary("性别", genders, { required: true, control: "select" }),
    /** From the sign-in identity: shown, never taken from the form. */
    idCardNumber: text("身份证号", { required: true, max: 18, format: idCardField }),
    birthDate: date("出生日期", { required: true }),
    ethnicity: dictionary("民族", ethnicities, { required: true }),
    politicalStatus: dictionary("政治面貌", politicalStatuses, { required: true }),
    mobile: text("手机号", { required: true, max: 11, format: mobileField, inputMode: "numeric", autoComplete: "tel" }),
  },
  post: {
    currentTitle: text("现任职称", { max: 50 }),
    currentTitleDate: date("现任职称取得时间"),
    post: text("现工作岗位", { required: true, max: 50 }),
    workStartDate: date("参加工作时间", { required: true }),
    specialty: text("从事专业", { required: true, max: 50 }),
    appliedTitle: text("申报职称", { required: true, max: 50 }),
    /** Offered from the notice's levels; any other is refused by the server. */
    appliedLevel: dictionary("申报级别", titleLevels, { required: true, control: "select" }),
  },
};

export const basicInfoFields = { ...basicInfoGroups.category, ...basicInfoGroups.person, ...basicInfoGroups.post };

/** 破格 (as opposed to 正常申报): only then is a 破格类别 asked, shown and kept. */
export function isExceptional(basicInfo: { category?: unknown } | undefined): boolean {
  return basicInfo?.category === "EXCEPTIONAL";
}

/** 近5年继续教育情况 */
export const continuingEducationFields = {
  hours: number("近5年继续教育学时", {
    required: true,
    min: 0,
    max: 5000,
    hint: "近5年累计参加继续教育的学时（整数）",
  }),
};

/**
 * 年度考核: a result for each of `years` (the five before the notice's year), keyed by the year.
 * The module saves whichever years are chosen, so an applicant can fill it in as the results come
 * to hand; that all five are there is a rule of 数据验证信息 (missingAssessmentYears), checked
 * before 提交, and the navigator marks the module complete only then.
 */
export function annualAssessmentFields(years: number[]) {
  return Object.fromEntries(years.map((year) => [String(year), dictionary(`${year}年度考核结果`, assessmentResults)]));
}

/** The years of `years` without a result in the saved 年度考核 (all of them when it is not saved). */
export function missingAssessmentYears(section: { results?: unknown } | null | undefined, years: number[]): number[] {
  const results = (section?.results ?? {}) as Record<string, unknown>;
  return years.filter((year) => typeof results[String(year)] !== "string" || !results[String(year)]);
}
