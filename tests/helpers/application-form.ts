import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import { makeApplicantWithUnit, makeNotice, type Org } from "./fixtures";

/** Shared by the application-form tests: a started draft and valid data for every module. */
export async function startDraft(db: PrismaClient, org: Org, publisherId: string, name = "填报人") {
  const { person, api } = await makeApplicantWithUnit(db, org.unit.id, name);
  const notice = await makeNotice(db, org, publisherId);
  const { id: applicationId } = await api.application.start({ noticeId: notice.id, conditionsConfirmed: true });
  return { person, api, notice, applicationId };
}

/** 基本信息 of a person born 1985-01-01 (the fixtures' 身份证号), applying for 副高级. */
export const basicInfo = {
  category: "NORMAL",
  exceptionalCategory: "",
  name: "张工",
  gender: "M",
  idCardNumber: "",
  birthDate: "1985-01-01",
  ethnicity: "01",
  politicalStatus: "13",
  mobile: "13800138000",
  currentTitle: "工程师",
  currentTitleDate: "2015-06-30",
  post: "电气技术员",
  workStartDate: "2008-07-01",
  specialty: "电气工程",
  appliedTitle: "高级工程师",
  appliedLevel: "SUB_SENIOR",
};

export const twoExpertsBasicInfo = { ...basicInfo, category: "EXCEPTIONAL", exceptionalCategory: "TWO_EXPERTS" };

export const entryData: { [K in EntryModuleKey]: Record<string, unknown> } = {
  exceptionalExperts: {
    name: "李专家",
    title: "正高级工程师",
    employer: "省电力研究院",
    specialty: "电力系统",
    phone: "13900139000",
    recommendation: "该同志业绩突出，特此推荐。",
  },
  education: {
    startDate: "2003-09-01",
    endDate: "2007-07-01",
    school: "吉林大学",
    major: "电气工程及其自动化",
    educationLevel: "BACHELOR",
    degree: "BACHELOR",
    studyMode: "FULL_TIME",
    representative: false,
  },
  workExperience: { startDate: "2008-07-01", endDate: "", employer: "测试单位", post: "电气技术员", duties: "变电设备运行维护" },
  papers: { title: "配电网故障定位方法研究", publisher: "电力系统自动化", publishedOn: "2020-05-01", issnIsbn: "1000-1026", authorRank: 1, representative: false },
  projects: {
    name: "智能变电站改造",
    level: "PROVINCIAL",
    funding: 12.5,
    role: "LEADER",
    startDate: "2019-01-01",
    endDate: "2020-12-31",
    representative: false,
  },
  patents: { category: "INVENTION", name: "一种开关柜测温装置", patentNumber: "ZL201910000000.1", grantedOn: "2021-03-01", rank: 1, representative: false },
  workReports: { reportedOn: "2022-01-10", title: "年度运行分析报告", summary: "分析了全年设备运行情况。", representative: false },
  honors: { name: "省科技进步三等奖", level: "PROVINCIAL", grantor: "省科学技术厅", grantedOn: "2021-12-01", rank: 2, representative: false },
  punishments: { level: "WARNING", name: "警告", punishedOn: "2016-01-01", issuer: "测试单位" },
};

export const textData = { text: "提出配电自动化改造方法，在本单位推广应用。" };

export function assessmentData(years: number[], result = "PASS") {
  return { results: Object.fromEntries(years.map((y) => [String(y), result])) };
}

/** Every rejected call of `results` was refused with a CONFLICT TRPCError (never a server fault). */
export function expectOnlyConflicts(results: PromiseSettledResult<unknown>[]) {
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
  for (const error of rejected) {
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("CONFLICT");
  }
  return { fulfilled: results.length - rejected.length, rejected: rejected as TRPCError[] };
}

type FormApi = Awaited<ReturnType<typeof startDraft>>["api"];

/** Saves every section and adds `perModule` entries to every entry module (two experts at most). */
export async function fillForm(api: FormApi, applicationId: string, perModule: number, info = twoExpertsBasicInfo) {
  const { assessmentYears } = await api.applicationForm.get({ applicationId });
  const sections = [
    ["basicInfo", info],
    ["continuingEducation", { hours: 120 }],
    ["annualAssessment", assessmentData(assessmentYears)],
    ["innovation", textData],
    ["industryRecognition", textData],
    ["grassrootsService", textData],
    ["otherAchievements", textData],
  ] as const;
  for (const [module, data] of sections) await api.applicationForm.saveSection({ applicationId, module, version: null, data });
  for (const module of Object.keys(entryData) as EntryModuleKey[]) {
    const count = module === "exceptionalExperts" ? Math.min(perModule, 2) : perModule;
    for (let i = 0; i < count; i++) {
      const data = { ...entryData[module], ...("representative" in entryData[module] ? { representative: i === 0 } : {}) };
      await api.applicationForm.addEntry({ applicationId, module, data });
    }
  }
}
