/**
 * The modules of the application form (信息填报). A module is the unit of saving, of validation
 * messages, and later of returning an application: a reviewer returns it for chosen module keys.
 */
export const moduleKeys = [
  "basicInfo",
  "exceptionalExperts",
  "education",
  "continuingEducation",
  "workExperience",
  "papers",
  "projects",
  "patents",
  "workReports",
  "innovation",
  "annualAssessment",
  "industryRecognition",
  "grassrootsService",
  "otherAchievements",
  "honors",
  "punishments",
] as const;

export type ModuleKey = (typeof moduleKeys)[number];

/** Modules stored as one record (ApplicationSection) vs. repeatable entries (a table each). */
export type ModuleKind = "section" | "entries";

export type ModuleDefinition = {
  label: string;
  kind: ModuleKind;
  /** 必填申报栏目: the manual names 教育经历, 工作经历 and 年度考核 (基本信息 is always needed). */
  required: boolean;
  /** The 参评 flag's question and how many entries may carry it. */
  representative?: { question: string; max: 1 | 2 };
  /** Character limit of the short-text modules. */
  maxLength?: number;
};

export const modules: Record<ModuleKey, ModuleDefinition> = {
  basicInfo: { label: "基本信息", kind: "section", required: true },
  exceptionalExperts: { label: "破格推荐专家", kind: "entries", required: false },
  education: {
    label: "教育经历",
    kind: "entries",
    required: true,
    representative: { question: "是否参评学历", max: 2 },
  },
  continuingEducation: { label: "近5年继续教育情况", kind: "section", required: false },
  workExperience: { label: "工作经历", kind: "entries", required: true },
  papers: {
    label: "论文著作",
    kind: "entries",
    required: false,
    representative: { question: "是否为代表性论文著作", max: 1 },
  },
  projects: {
    label: "项目研究",
    kind: "entries",
    required: false,
    representative: { question: "是否主要科研项目", max: 1 },
  },
  patents: { label: "专利", kind: "entries", required: false, representative: { question: "是否主要专利", max: 1 } },
  workReports: {
    label: "工作报告",
    kind: "entries",
    required: false,
    representative: { question: "是否代表性工作报告", max: 1 },
  },
  innovation: { label: "创新技术改革方法", kind: "section", required: false, maxLength: 500 },
  annualAssessment: { label: "年度考核", kind: "section", required: true },
  industryRecognition: { label: "行业认可情况", kind: "section", required: false, maxLength: 500 },
  grassrootsService: { label: "基层服务工作经历", kind: "section", required: false, maxLength: 500 },
  otherAchievements: { label: "其他业绩成果", kind: "section", required: false, maxLength: 500 },
  honors: { label: "荣誉奖励", kind: "entries", required: false, representative: { question: "是否代表性", max: 1 } },
  punishments: { label: "惩罚处分", kind: "entries", required: false },
};

/** The navigator's groups, in the manual's order. */
export const moduleGroups: { label: string; modules: ModuleKey[] }[] = [
  { label: "基本信息", modules: ["basicInfo", "exceptionalExperts"] },
  { label: "学习工作经历", modules: ["education", "continuingEducation", "workExperience"] },
  { label: "技术成果信息", modules: ["papers", "projects", "patents", "workReports", "innovation"] },
  {
    label: "工作业绩信息",
    modules: ["annualAssessment", "industryRecognition", "grassrootsService", "otherAchievements"],
  },
  { label: "荣誉奖励信息", modules: ["honors", "punishments"] },
];

export type TextModuleKey = "innovation" | "industryRecognition" | "grassrootsService" | "otherAchievements";
export const textModuleKeys: TextModuleKey[] = [
  "innovation",
  "industryRecognition",
  "grassrootsService",
  "otherAchievements",
];

export type EntryModuleKey =
  | "exceptionalExperts"
  | "education"
  | "workExperience"
  | "papers"
  | "projects"
  | "patents"
  | "workReports"
  | "honors"
  | "punishments";

export const entryModuleKeys = moduleKeys.filter((k): k is EntryModuleKey => modules[k].kind === "entries");

/** The five years an applicant reports 年度考核 for: the five before the notice's year. */
export function assessmentYears(noticeYear: number): number[] {
  return [1, 2, 3, 4, 5].map((i) => noticeYear - i);
}
