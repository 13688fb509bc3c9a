import "server-only";
import type { EntryModuleKey } from "@/lib/application-form/modules";

/** What a 参评/代表性 entry is called, in the proof rule's message. */
const markNames: Partial<Record<EntryModuleKey, string>> = {
  education: "参评学历",
  papers: "代表性论文著作",
  projects: "主要科研项目",
  patents: "主要专利",
  workReports: "代表性工作报告",
  honors: "代表性荣誉奖励",
};

const quoted = (title: string) => `「${title}」`;

/** 数据验证信息: each rule's messages, as the applicant reads them in the list. */
export const validationMessages = {
  sectionMissing: (label: string) => `请填写并保存「${label}」`,
  entriesMissing: (label: string) => `请至少添加一条「${label}」`,
  entryProblem: (title: string, message: string) => `${quoted(title)}：${message}`,
  unnamedEntry: (index: number) => `第${index + 1}条`,
  levelNotOffered: (level: string, offered: string) => `申报级别「${level}」不在本通知的申报级别（${offered}）内`,
  noEvaluationEducation: "请将至少一条教育经历标记为参评学历",
  tooManyEvaluationEducations: (count: number) => `参评学历最多两条，当前${count}条`,
  assessmentYearMissing: (year: number) => `请选择${year}年度考核结果`,
  hoursMissing: "请填写近5年继续教育学时",
  expertsCount: (count: number) => `「两名专家推荐破格」须有两名破格推荐专家，当前${count}名`,
  expertAttachmentMissing: (name: string, slot: string) => `${quoted(name)}：请上传${slot}`,
  expertNotApplicable: (name: string, category: string) =>
    `${quoted(name)}：当前申报类别为「${category}」，不需要破格推荐专家，请删除`,
  dateInFuture: (label: string) => `${label}不能晚于今天`,
  endBeforeStart: (endLabel: string, startLabel: string) => `${endLabel}不能早于${startLabel}`,
  textTooLong: (label: string, max: number, length: number) => `「${label}」不能超过${max}个字，当前${length}字`,
  fileMissing: (slot: string) => `请上传${slot}`,
  proofMissing: (module: EntryModuleKey, title: string, slot: string) =>
    `${quoted(title)}为${markNames[module] ?? "参评项"}，请上传${slot}`,
} as const;
