import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { assessmentData, entryData, startDraft, textData } from "../helpers/application-form";
import { createTestDb, type TestDb } from "../helpers/db";
import {
  callerFor,
  grant,
  makeApplicantWithUnit,
  makeNotice,
  makeOrgWithPublisher,
  type Org,
} from "../helpers/fixtures";
import { readRefusal } from "../helpers/trpc-errors";

let testDb: TestDb;
let db: PrismaClient;
let org: Org;
let publisherId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  ({ org, publisherId } = await makeOrgWithPublisher(db));
});

afterAll(() => testDb.close());

const stale = "该内容已在其他窗口或设备上修改，请刷新后再保存";

describe("the browser learns what a refusal means from its reason, not from its code and fields", () => {
  it("a save from a stale tab reads as STALE_VERSION, its message still at field version", async () => {
    const { api, applicationId } = await startDraft(db, org, publisherId);
    await api.applicationForm.saveSection({ applicationId, module: "innovation", version: null, data: textData });
    const refused = await readRefusal(
      api.applicationForm.saveSection({ applicationId, module: "innovation", version: null, data: textData }),
    );
    expect(refused).toEqual({
      code: "CONFLICT",
      reason: "STALE_VERSION",
      fieldErrors: [["version", stale]],
      message: stale,
    });
  });

  it("a second representative paper reads as MARK_TAKEN, at the representative question", async () => {
    const { api, applicationId } = await startDraft(db, org, publisherId);
    const paper = { ...entryData.papers, representative: true };
    await api.applicationForm.addEntry({ applicationId, module: "papers", data: paper });
    const refused = await readRefusal(api.applicationForm.addEntry({ applicationId, module: "papers", data: paper }));
    expect(refused).toMatchObject({ code: "CONFLICT", reason: "MARK_TAKEN" });
    expect(refused.fieldErrors.map(([field]) => field)).toEqual(["representative"]);
  });

  it("invalid module data names each field by its dotted path and carries no reason", async () => {
    const { api, applicationId } = await startDraft(db, org, publisherId);
    const { assessmentYears } = await api.applicationForm.get({ applicationId });
    const [latest, ...earlier] = assessmentYears;
    const refused = await readRefusal(
      api.applicationForm.saveSection({
        applicationId,
        module: "annualAssessment",
        version: null,
        data: { results: { ...assessmentData(earlier).results, [latest]: "SUPERB" } },
      }),
    );
    expect(refused).toEqual({
      code: "BAD_REQUEST",
      reason: null,
      fieldErrors: [[`results.${latest}`, `请从列表中选择${latest}年度考核结果`]],
      message: "填写内容有误，请按提示修改",
    });
  });

  it("starting an application on a closed notice reads as WINDOW_CLOSED", async () => {
    const { api } = await makeApplicantWithUnit(db, org.unit.id);
    const notice = await makeNotice(db, org, publisherId, { status: "CLOSED" });
    expect(await readRefusal(api.application.start({ noticeId: notice.id, conditionsConfirmed: true }))).toMatchObject({
      code: "BAD_REQUEST",
      reason: "WINDOW_CLOSED",
    });
  });

  it("publishing a notice someone already published reads as ALREADY_HANDLED; editing it, as NOT_EDITABLE", async () => {
    await grant(db, publisherId, "ADMIN");
    const admin = await callerFor(db, publisherId);
    const notice = await makeNotice(db, org, publisherId, { status: "PUBLISHED" });
    expect(await readRefusal(admin.admin.notices.publish({ id: notice.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "ALREADY_HANDLED",
    });
    const edit = {
      id: notice.id,
      title: "改后的标题",
      body: notice.body,
      series: "ENGINEERING" as const,
      levels: ["INTERMEDIATE" as const],
      departmentId: org.department.id,
      committeeId: org.committee.id,
      startsAt: "2026-03-01T09:00",
      endsAt: "2026-03-31T17:00",
    };
    expect(await readRefusal(admin.admin.notices.update(edit))).toMatchObject({
      code: "CONFLICT",
      reason: "NOT_EDITABLE",
    });
  });

  it("a department name already in use reads as ALREADY_EXISTS at the name field", async () => {
    const admin = await callerFor(db, publisherId);
    await admin.admin.departments.create({ name: "省科学技术厅" });
    expect(await readRefusal(admin.admin.departments.create({ name: "省科学技术厅" }))).toEqual({
      code: "CONFLICT",
      reason: "ALREADY_EXISTS",
      fieldErrors: [["name", "该部门名称已存在"]],
      message: "该部门名称已存在",
    });
  });
});
