import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { type EntryModuleKey, entryModuleKeys } from "../../src/lib/application-form/modules";
import { entrySlotOf, materialSlotCodes } from "../../src/lib/attachments/slots";
import { assessmentData, basicInfo, entryData, textData } from "../fixtures/application-form-data";

/**
 * Steps a spec needs done but does not test, taken through the same tRPC and upload API the pages
 * use, as the signed-in person of `page`: filling and submitting a whole application, a reviewer's
 * 通过. The pages that do them are tested by their own specs (application-form, submission, review).
 */
const files = "tests/fixtures/files";

export async function trpc(page: Page, procedure: string, input: unknown) {
  const res = await page.request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(res.ok(), `${procedure}: ${await res.text()}`).toBe(true);
  return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

export async function trpcQuery(page: Page, procedure: string, input: unknown) {
  const res = await page.request.get(
    `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
  );
  expect(res.ok(), `${procedure}: ${await res.text()}`).toBe(true);
  return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

export async function uploadFile(
  page: Page,
  applicationId: string,
  slot: string,
  entryId: string | null,
  file: string,
) {
  const params = new URLSearchParams({ applicationId, slot, ...(entryId ? { entryId } : {}) });
  const res = await page.request.post(`/api/files?${params}`, {
    headers: { "X-File-Name": encodeURIComponent(file), "Content-Type": "application/octet-stream" },
    data: readFileSync(`${files}/${file}`),
  });
  expect(res.status(), await res.text()).toBe(201);
}

/** Fills every module of the signed-in applicant's draft, uploads what the rules ask for, and submits. */
export async function completeAndSubmit(
  page: Page,
  applicationId: string,
  name: string,
  birthDate: string,
  level: string,
) {
  const form = (await trpcQuery(page, "applicationForm.get", { applicationId })) as { assessmentYears: number[] };
  const years = form.assessmentYears;
  const sections: [string, unknown][] = [
    ["basicInfo", { ...basicInfo, name, birthDate, appliedLevel: level }],
    ["continuingEducation", { hours: 120 }],
    ["annualAssessment", assessmentData(years)],
    ["innovation", textData],
    ["industryRecognition", textData],
    ["grassrootsService", textData],
    ["otherAchievements", textData],
  ];
  for (const [module, data] of sections)
    await trpc(page, "applicationForm.saveSection", { applicationId, module, version: null, data });
  for (const module of entryModuleKeys.filter((m) => m !== "exceptionalExperts") as EntryModuleKey[]) {
    const data = { ...entryData[module], ...("representative" in entryData[module] ? { representative: true } : {}) };
    const entry = (await trpc(page, "applicationForm.addEntry", { applicationId, module, data })) as { id: string };
    if ("representative" in entryData[module])
      await uploadFile(page, applicationId, entrySlotOf(module), entry.id, "document.pdf");
  }
  await uploadFile(page, applicationId, "PHOTO", null, "photo.jpg");
  for (const slot of materialSlotCodes) await uploadFile(page, applicationId, slot, null, "document.pdf");
  await trpc(page, "submission.submit", { applicationId, promise: true });
}

/** 通过 by the signed-in reviewer of the application's current stage, at the version they read. */
export async function passAsReviewer(page: Page, applicationId: string, opinion: string) {
  const detail = (await trpcQuery(page, "review.get", { applicationId })) as { application: { version: number } };
  await trpc(page, "review.pass", { applicationId, version: detail.application.version, opinion });
}
