import type { EntryModuleKey } from "@/lib/application-form/modules";
import { modules } from "@/lib/application-form/modules";
import type { BasicInfo } from "@/lib/application-form/schemas";
import { type DictionaryItem, labelOf, titleLevels } from "@/lib/dictionaries";
import {
  applicationCategories,
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
import { formLabels as L } from "./labels";

/**
 * Every field's label and, for coded fields, its dictionary: the forms label their controls with
 * these and 「全部信息」 prints saved values with them, so both read the same words.
 */
export type DisplayField = {
  key: string;
  label: string;
  items?: readonly DictionaryItem[];
  yesNo?: boolean;
  long?: boolean;
};

export const basicInfoLabels = {
  category: "申报类别",
  exceptionalCategory: "破格类别",
  name: "姓名",
  gender: "性别",
  idCardNumber: "身份证号",
  birthDate: "出生日期",
  ethnicity: "民族",
  politicalStatus: "政治面貌",
  mobile: "手机号",
  currentTitle: "现任职称",
  currentTitleDate: "现任职称取得时间",
  post: "现工作岗位",
  workStartDate: "参加工作时间",
  specialty: "从事专业",
  appliedTitle: "申报职称",
  appliedLevel: "申报级别",
} as const satisfies Record<keyof BasicInfo, string>;

const basicInfoItems: Partial<Record<keyof BasicInfo, readonly DictionaryItem[]>> = {
  category: applicationCategories,
  exceptionalCategory: exceptionalCategories,
  gender: genders,
  ethnicity: ethnicities,
  politicalStatus: politicalStatuses,
  appliedLevel: titleLevels,
};

export const basicInfoFields: DisplayField[] = (Object.keys(basicInfoLabels) as (keyof BasicInfo)[]).map((key) => ({
  key,
  label: basicInfoLabels[key],
  items: basicInfoItems[key],
}));

export const continuingEducationLabels = { hours: "学时" } as const;

const representative = (module: EntryModuleKey): DisplayField => ({
  key: "representative",
  label: modules[module].representative?.question ?? "",
  yesNo: true,
});

/** The columns of each repeatable module, in the order the entry form asks them. */
export const entryFields: Record<EntryModuleKey, DisplayField[]> = {
  exceptionalExperts: [
    { key: "name", label: "专家姓名" },
    { key: "title", label: "专家职称" },
    { key: "employer", label: "工作单位" },
    { key: "specialty", label: "从事专业" },
    { key: "phone", label: "联系电话" },
    { key: "recommendation", label: "推荐意见", long: true },
  ],
  education: [
    { key: "startDate", label: "入学时间" },
    { key: "endDate", label: "毕业时间" },
    { key: "school", label: "毕业学校" },
    { key: "major", label: "所学专业" },
    { key: "educationLevel", label: "学历", items: educationLevels },
    { key: "degree", label: "学位", items: degrees },
    { key: "studyMode", label: "教育方式", items: studyModes },
    representative("education"),
  ],
  workExperience: [
    { key: "startDate", label: "开始时间" },
    { key: "endDate", label: "结束时间" },
    { key: "employer", label: "工作单位" },
    { key: "post", label: "工作岗位" },
    { key: "duties", label: "主要职责", long: true },
  ],
  papers: [
    { key: "title", label: "论文著作名称" },
    { key: "publisher", label: "期刊/出版社名称" },
    { key: "publishedOn", label: "出版日期" },
    { key: "issnIsbn", label: "ISSN/ISBN" },
    { key: "authorRank", label: "作者排名" },
    representative("papers"),
  ],
  projects: [
    { key: "name", label: "科研项目名称" },
    { key: "level", label: "项目来源/级别", items: projectLevels },
    { key: "funding", label: "项目经费（万元）" },
    { key: "role", label: "本人角色", items: projectRoles },
    { key: "startDate", label: "开始时间" },
    { key: "endDate", label: "结束时间" },
    representative("projects"),
  ],
  patents: [
    { key: "category", label: "专利类别", items: patentCategories },
    { key: "name", label: "专利名称" },
    { key: "patentNumber", label: "专利号" },
    { key: "grantedOn", label: "授权日期" },
    { key: "rank", label: "本人排名" },
    representative("patents"),
  ],
  workReports: [
    { key: "reportedOn", label: "工作报告日期" },
    { key: "title", label: "工作报告题目" },
    { key: "summary", label: "内容摘要", long: true },
    representative("workReports"),
  ],
  honors: [
    { key: "name", label: "荣誉奖励名称" },
    { key: "level", label: "荣誉级别", items: honorLevels },
    { key: "grantor", label: "授予单位" },
    { key: "grantedOn", label: "授予日期" },
    { key: "rank", label: "本人排名" },
    representative("honors"),
  ],
  punishments: [
    { key: "level", label: "处分级别", items: punishmentLevels },
    { key: "name", label: "处分名称" },
    { key: "punishedOn", label: "处分日期" },
    { key: "issuer", label: "处分单位" },
  ],
};

/** A saved value as people read it: dictionary labels, 是/否, and a dash for nothing. */
export function displayValue(field: DisplayField, value: unknown): string {
  if (field.yesNo) return value === true ? L.yes : L.no;
  if (value === undefined || value === null || value === "") return L.empty;
  if (field.items) return labelOf(field.items, String(value));
  return String(value);
}
