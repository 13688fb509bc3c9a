import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import { assessmentData, entryData, textData, twoExpertsBasicInfo } from "../fixtures/application-form-data";
import { makeApplicantWithUnit, makeNotice, type Org } from "./fixtures";

export { assessmentData, basicInfo, entryData, textData, twoExpertsBasicInfo } from "../fixtures/application-form-data";

/** Shared by the application-form tests: a started draft (valid data for every module is in ../fixtures). */
export async function startDraft(db: PrismaClient, org: Org, publisherId: string, name = "填报人") {
  const { person, api } = await makeApplicantWithUnit(db, org.unit.id, name);
  const notice = await makeNotice(db, org, publisherId);
  const { id: applicationId } = await api.application.start({ noticeId: notice.id, conditionsConfirmed: true });
  return { person, api, notice, applicationId };
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
  for (const [module, data] of sections)
    await api.applicationForm.saveSection({ applicationId, module, version: null, data });
  for (const module of Object.keys(entryData) as EntryModuleKey[]) {
    const count = module === "exceptionalExperts" ? Math.min(perModule, 2) : perModule;
    for (let i = 0; i < count; i++) {
      const data = {
        ...entryData[module],
        ...("representative" in entryData[module] ? { representative: i === 0 } : {}),
      };
      await api.applicationForm.addEntry({ applicationId, module, data });
    }
  }
}
