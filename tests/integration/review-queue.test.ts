import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { BasicInfoInput } from "@/lib/application-form/schemas";
import { maskIdCard, maskMobile } from "@/lib/mask";
import type { QueueFiltersInput, QueueStage, QueueTab } from "@/lib/review-queue/queue.schema";
import { queueExportUrl, queueFiltersSchema } from "@/lib/review-queue/queue.schema";
import { loadSessionUser } from "@/server/auth/session-user";
import { exportQueue } from "@/server/domain/review-queue/export-queue";
import { submitApplication } from "@/server/domain/submission/submit-application";
import { serveQueueExport } from "../../src/app/api/review-queue/export/serve-queue-export";
import { basicInfo, startDraft } from "../helpers/application-form";
import {
  callerFor,
  grant,
  makeAdmin,
  makeCreditCode,
  makeOrg,
  makeOrgWithPublisher,
  makeUser,
  type Org,
} from "../helpers/fixtures";
import { testStorage } from "../helpers/storage";
import { completeDraft } from "../helpers/submission";
import { useTestDb } from "../helpers/use-test-db";

/**
 * 申报审核 queues of /unit and /dept: what each reviewer finds in 待审核 and 已审核, filtered,
 * searched and paged, and what the Excel export holds. Every application is submitted, passed,
 * returned and resubmitted through the real procedures; only the clock of the first 提交 is fixed, so
 * that several submissions share one instant (the keyset's tie) and days differ (the date filter).
 */

const T1 = new Date("2026-11-20T02:00:00.000Z"); // 2026-11-20 10:00 in Shanghai
const T2 = new Date("2026-11-18T15:30:00.000Z"); // 2026-11-18 23:30 in Shanghai

/**
 * A complete application (completeDraft fills it as 两名专家推荐破格) with 基本信息 `info`, submitted at
 * `at`: for any other 申报类别 the two experts are deleted first, as the form requires.
 */
async function submitted(db: PrismaClient, org: Org, publisherId: string, info: BasicInfoInput, at: Date) {
  const draft = await completeDraft(db, testStorage(), org, publisherId, info.name);
  const { api, applicationId } = draft;
  const form = await api.applicationForm.get({ applicationId });
  if (info.exceptionalCategory !== "TWO_EXPERTS") {
    for (const expert of form.entries.exceptionalExperts)
      await api.applicationForm.deleteEntry({
        applicationId,
        module: "exceptionalExperts",
        entryId: expert.id,
        version: expert.version,
      });
  }
  const version = form.sections.basicInfo?.version ?? null;
  await api.applicationForm.saveSection({ applicationId, module: "basicInfo", version, data: info });
  // The notice opened early in the month, so that 提交 at the fixed past instants falls in its window.
  await db.notice.update({ where: { id: draft.notice.id }, data: { startsAt: new Date("2026-11-01T00:00:00Z") } });
  const user = await loadSessionUser(db, draft.person.id);
  if (!user) throw new Error("no session user");
  await submitApplication(db, user, { applicationId, promise: true }, at);
  return draft;
}

const normal = (name: string, appliedLevel: BasicInfoInput["appliedLevel"]): BasicInfoInput => ({
  ...basicInfo,
  name,
  appliedLevel,
});

const t = useTestDb(async (db) => {
  const { org, publisherId } = await makeOrgWithPublisher(db);
  // A second unit under the same department, and an organisation of another department.
  const sibling = await db.unit.create({
    data: { name: "同部门另一单位", creditCode: makeCreditCode(), departmentId: org.department.id },
  });
  const siblingOrg = { ...org, unit: sibling };
  const other = await makeOrg(db);

  const a1 = await submitted(db, org, publisherId, normal("张三", "SUB_SENIOR"), T1);
  const a2 = await submitted(
    db,
    org,
    publisherId,
    {
      ...basicInfo,
      name: "张三丰",
      appliedLevel: "INTERMEDIATE",
      category: "EXCEPTIONAL",
      exceptionalCategory: "TWO_EXPERTS",
    },
    T1,
  );
  const a3 = await submitted(db, org, publisherId, normal("李四", "INTERMEDIATE"), T1);
  const a4 = await submitted(db, org, publisherId, normal("王五", "SUB_SENIOR"), T2);
  const a5 = await submitted(db, siblingOrg, publisherId, normal("赵六", "SUB_SENIOR"), T1);
  const a6 = await submitted(db, other, publisherId, normal("张三", "SUB_SENIOR"), T1);
  const a7 = await submitted(db, org, publisherId, normal("孙七", "SUB_SENIOR"), T2);
  const draft = await startDraft(db, org, publisherId, "草稿人");

  const reviewer = async (name: string, role: Parameters<typeof grant>[2], scope: Parameters<typeof grant>[3]) => {
    const person = await makeUser(db, name);
    await grant(db, person.id, role, scope);
    return callerFor(db, person.id);
  };
  const callers = {
    unit: await reviewer("李华", "UNIT_REVIEWER", { unitId: org.unit.id }),
    siblingUnit: await reviewer("同部门单位审核人", "UNIT_REVIEWER", { unitId: sibling.id }),
    otherUnit: await reviewer("他单位审核人", "UNIT_REVIEWER", { unitId: other.unit.id }),
    dept: await reviewer("王芳", "DEPT_REVIEWER", { departmentId: org.department.id }),
    otherDept: await reviewer("他部门审核人", "DEPT_REVIEWER", { departmentId: other.department.id }),
    committee: await reviewer("评委", "COMMITTEE_MEMBER", { committeeId: org.committee.id }),
    admin: (await makeAdmin(db)).admin,
    applicant: a1.api,
    signedOut: await callerFor(db, null),
  };

  // The unit passes 李四 and returns 王五, who resubmits; the sibling unit passes 赵六; the
  // department passes 李四 on to the committee.
  await callers.unit.review.passMany({ stage: "UNIT_REVIEW", applicationIds: [a3.applicationId] });
  const version = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id } })).version;
  await callers.unit.review.return({
    applicationId: a4.applicationId,
    version: await version(a4.applicationId),
    opinion: "请补充论文",
    modules: ["innovation"],
  });
  await a4.api.submission.submit({ applicationId: a4.applicationId, promise: true });
  await callers.siblingUnit.review.passMany({ stage: "UNIT_REVIEW", applicationIds: [a5.applicationId] });
  await callers.dept.review.pass({ applicationId: a3.applicationId, version: await version(a3.applicationId) });

  return { org, apps: { a1, a2, a3, a4, a5, a6, a7, draft }, callers };
});

type Caller = (typeof t)["callers"]["unit"];

async function ids(caller: Caller, stage: QueueStage, tab: QueueTab, filters: QueueFiltersInput = {}) {
  const page = await caller.reviewQueue.list({ stage, tab, filters, limit: 50 });
  return page.rows.map((r) => r.id).sort();
}

const idsOf = (...apps: { applicationId: string }[]) => apps.map((a) => a.applicationId).sort();

describe("who finds what in the reviewer queues", () => {
  it("a unit reviewer's 待审核 holds their unit's applications at 推荐单位审核, resubmitted ones included", async () => {
    const { a1, a2, a4, a7 } = t.apps;
    expect(await ids(t.callers.unit, "UNIT_REVIEW", "pending")).toEqual(idsOf(a1, a2, a4, a7));
    expect(await t.callers.unit.reviewQueue.counts({ stage: "UNIT_REVIEW" })).toEqual({ pending: 4, done: 1 });
  });

  it("已审核 holds what the stage decided and that is not back at the stage", async () => {
    const { a3, a4, a5 } = t.apps;
    // 王五 was returned and resubmitted: 待审核 again, not 已审核.
    expect(await ids(t.callers.unit, "UNIT_REVIEW", "done")).toEqual(idsOf(a3));
    expect(await ids(t.callers.siblingUnit, "UNIT_REVIEW", "done")).toEqual(idsOf(a5));
    const [row] = (await t.callers.unit.reviewQueue.list({ stage: "UNIT_REVIEW", tab: "done" })).rows;
    expect(row.lastAction?.action).toBe("PASS");
    expect(row).toMatchObject({ status: "SUBMITTED", stage: "COMMITTEE_REVIEW" });
    expect(a4.applicationId).not.toBe(row.id);
  });

  it("another unit's reviewer never sees the unit's applications", async () => {
    expect(await ids(t.callers.otherUnit, "UNIT_REVIEW", "pending")).toEqual(idsOf(t.apps.a6));
    expect(await ids(t.callers.otherUnit, "UNIT_REVIEW", "done")).toEqual([]);
    expect(await ids(t.callers.siblingUnit, "UNIT_REVIEW", "pending")).toEqual([]);
  });

  it("the department's reviewer sees its units' applications once their unit passed them", async () => {
    expect(await ids(t.callers.dept, "DEPT_REVIEW", "pending")).toEqual(idsOf(t.apps.a5));
    expect(await ids(t.callers.dept, "DEPT_REVIEW", "done")).toEqual(idsOf(t.apps.a3));
    expect(await t.callers.dept.reviewQueue.counts({ stage: "DEPT_REVIEW" })).toEqual({ pending: 1, done: 1 });
    expect(await ids(t.callers.otherDept, "DEPT_REVIEW", "pending")).toEqual([]);
    expect(await ids(t.callers.otherDept, "DEPT_REVIEW", "done")).toEqual([]);
  });

  it("moving a unit to another department moves its applications to that department's queue", async () => {
    const { db, org, apps } = t;
    const elsewhere = await makeOrg(db);
    const newReviewer = await makeUser(db, "新部门审核人");
    await grant(db, newReviewer.id, "DEPT_REVIEWER", { departmentId: elsewhere.department.id });
    const { admin } = await makeAdmin(db, "调整单位的管理员");
    const { unitId } = await db.application.findUniqueOrThrow({ where: { id: apps.a5.applicationId } });
    const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId } });
    const moveTo = (departmentId: string) =>
      admin.admin.units.update({ id: unit.id, name: unit.name, creditCode: unit.creditCode, departmentId });

    await moveTo(elsewhere.department.id);
    expect(await ids(await callerFor(db, newReviewer.id), "DEPT_REVIEW", "pending")).toEqual(idsOf(apps.a5));
    expect(await ids(t.callers.dept, "DEPT_REVIEW", "pending")).toEqual([]);
    await moveTo(org.department.id);
    expect(await ids(t.callers.dept, "DEPT_REVIEW", "pending")).toEqual(idsOf(apps.a5));
  });
});

describe("filters and search", () => {
  const pending = (filters: QueueFiltersInput) => ids(t.callers.unit, "UNIT_REVIEW", "pending", filters);

  it("narrows by notice, 职称系列, level, 申报类别 and submission day (Asia/Shanghai)", async () => {
    const { a1, a2, a4, a7 } = t.apps;
    expect(await pending({ noticeId: a1.notice.id })).toEqual(idsOf(a1));
    expect(await pending({ series: "ENGINEERING" })).toEqual(idsOf(a1, a2, a4, a7));
    expect(await pending({ series: "HEALTH" })).toEqual([]);
    expect(await pending({ level: "SUB_SENIOR" })).toEqual(idsOf(a1, a4, a7));
    expect(await pending({ level: "INTERMEDIATE" })).toEqual(idsOf(a2));
    expect(await pending({ category: "NORMAL" })).toEqual(idsOf(a1, a4, a7));
    expect(await pending({ category: "EXCEPTIONAL" })).toEqual(idsOf(a2));
    expect(await pending({ category: "TWO_EXPERTS" })).toEqual(idsOf(a2));
    expect(await pending({ category: "QUALIFICATION" })).toEqual([]);
    // 孙七 submitted at 23:30 on the 18th in Shanghai (15:30 UTC), 张三 and 张三丰 on the 20th, 王五
    // again today (重新提交 after the unit's 退回).
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(await pending({ submittedFrom: "2026-11-18", submittedTo: "2026-11-18" })).toEqual(idsOf(a7));
    expect(await pending({ submittedFrom: "2026-11-19", submittedTo: "2026-11-20" })).toEqual(idsOf(a1, a2));
    expect(await pending({ submittedTo: "2026-11-19" })).toEqual(idsOf(a7));
    expect(await pending({ submittedFrom: today })).toEqual(idsOf(a4));
    expect(await pending({ level: "SUB_SENIOR", submittedFrom: "2026-11-20", submittedTo: "2026-11-20" })).toEqual(
      idsOf(a1),
    );
    expect(await t.callers.unit.reviewQueue.counts({ stage: "UNIT_REVIEW", filters: { level: "SUB_SENIOR" } })).toEqual(
      { pending: 3, done: 0 },
    );
  });

  it("finds by the beginning of the name or by a whole 身份证号, never by part of one", async () => {
    const { a1, a2 } = t.apps;
    expect(await pending({ q: "张三" })).toEqual(idsOf(a1, a2));
    expect(await pending({ q: " 张三丰 " })).toEqual(idsOf(a2));
    expect(await pending({ q: "三" })).toEqual([]);
    expect(await pending({ q: "张%" })).toEqual([]);
    const idCard = a1.person.idCardNumber ?? "";
    expect(await pending({ q: idCard })).toEqual(idsOf(a1));
    expect(await pending({ q: idCard.toLowerCase() })).toEqual(idsOf(a1));
    expect(await pending({ q: idCard.slice(0, 10) })).toEqual([]);
    expect(await pending({ q: idCard.slice(4) })).toEqual([]);
    // 张三 of the other unit is somebody else's: the search stays inside the scope.
    expect(await pending({ q: t.apps.a6.person.idCardNumber ?? "" })).toEqual([]);
  });

  it("refuses a date range that ends before it starts, and a cursor it did not make", async () => {
    await expect(pending({ submittedFrom: "2026-11-20", submittedTo: "2026-11-18" })).rejects.toThrow(
      "结束日期不能早于开始日期",
    );
    await expect(
      t.callers.unit.reviewQueue.list({ stage: "UNIT_REVIEW", tab: "pending", cursor: "bm90LWEtY3Vyc29y" }),
    ).rejects.toThrow("分页参数无效");
  });
});

describe("rows and pages", () => {
  it("pages by keyset cover every row exactly once, newest first, ties broken by id", async () => {
    const seen: string[] = [];
    const times: number[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await t.callers.unit.reviewQueue.list({ stage: "UNIT_REVIEW", tab: "pending", limit: 1, cursor });
      seen.push(...page.rows.map((r) => r.id));
      times.push(...page.rows.map((r) => r.submittedAt.getTime()));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const { a1, a2, a4, a7 } = t.apps;
    expect([...seen].sort()).toEqual(idsOf(a1, a2, a4, a7));
    expect(new Set(seen).size).toBe(4);
    // 王五 resubmitted today; 张三 and 张三丰 were submitted at the same instant: by id, descending.
    expect(seen[0]).toBe(a4.applicationId);
    expect(times.slice(1)).toEqual([T1.getTime(), T1.getTime(), T2.getTime()]);
    expect(seen.slice(1, 3)).toEqual([a1.applicationId, a2.applicationId].sort().reverse());
    expect(seen[3]).toBe(a7.applicationId);
  });

  it("shows the person, unit, notice and category with the 身份证号 and mobile masked", async () => {
    const { a2 } = t.apps;
    const [row] = (
      await t.callers.unit.reviewQueue.list({ stage: "UNIT_REVIEW", tab: "pending", filters: { q: "张三丰" } })
    ).rows;
    const idCard = a2.person.idCardNumber ?? "";
    expect(row).toMatchObject({
      applicantName: "张三丰",
      idCardMasked: maskIdCard(idCard),
      mobileMasked: maskMobile(basicInfo.mobile),
      unitName: t.org.unit.name,
      noticeTitle: a2.notice.title,
      series: "ENGINEERING",
      level: "INTERMEDIATE",
      category: "EXCEPTIONAL",
      exceptionalCategory: "TWO_EXPERTS",
      status: "SUBMITTED",
      stage: "UNIT_REVIEW",
      lastAction: null,
    });
    expect(JSON.stringify(row)).not.toContain(idCard);
    expect(JSON.stringify(row)).not.toContain(basicInfo.mobile);
  });
});

async function exported(user: { id: string } | null, search: Record<string, string | undefined>) {
  const sessionUser = user ? await loadSessionUser(t.db, user.id) : null;
  const params = new URLSearchParams(Object.entries(search).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])));
  return serveQueueExport(params, async () => ({ db: t.db, user: sessionUser }));
}

async function sheetRows(res: Response): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v))));
  });
  return rows;
}

describe("导出Excel", () => {
  it("exports the queue under the current filter, with masked identifiers and a Chinese file name", async () => {
    const reviewer = await t.db.roleAssignment.findFirstOrThrow({
      where: { unitId: t.org.unit.id, role: "UNIT_REVIEWER" },
    });
    const url = new URL(queueExportUrl("UNIT_REVIEW", "pending", { level: "SUB_SENIOR" }), "http://localhost");
    const res = await exported({ id: reviewer.userId }, Object.fromEntries(url.searchParams));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("spreadsheetml");
    expect(decodeURIComponent(res.headers.get("Content-Disposition") ?? "")).toContain("申报审核-推荐单位审核-待审核-");
    const rows = await sheetRows(res);
    expect(rows[1][0]).toBe("筛选条件：申报级别：副高级");
    expect(rows[2]).toEqual(expect.arrayContaining(["姓名", "身份证号", "手机号", "推荐单位", "提交时间"]));
    const body = rows.slice(3);
    expect(body.map((r) => r[1]).sort()).toEqual(["张三", "王五", "孙七"].sort());
    const a1Card = t.apps.a1.person.idCardNumber ?? "";
    expect(body.find((r) => r[1] === "张三")?.[2]).toBe(maskIdCard(a1Card));
    expect(JSON.stringify(rows)).not.toContain(a1Card);
    expect(JSON.stringify(rows)).not.toContain(basicInfo.mobile);
  });

  it("exports the department's 已审核 with the decision, and nothing of other departments", async () => {
    const reviewer = await t.db.roleAssignment.findFirstOrThrow({
      where: { departmentId: t.org.department.id, role: "DEPT_REVIEWER" },
    });
    const rows = await sheetRows(await exported({ id: reviewer.userId }, { stage: "DEPT_REVIEW", tab: "done" }));
    const body = rows.slice(3);
    expect(body.map((r) => r[1])).toEqual(["李四"]);
    expect(body[0]).toEqual(expect.arrayContaining(["通过"]));
    const otherReviewer = await t.db.roleAssignment.findFirstOrThrow({
      where: { role: "DEPT_REVIEWER", NOT: { departmentId: t.org.department.id } },
    });
    const none = await sheetRows(await exported({ id: otherReviewer.userId }, { stage: "DEPT_REVIEW", tab: "done" }));
    expect(none.slice(3)).toEqual([]);
  });

  it("stops at its row limit, newest first, and says how many were left out", async () => {
    const reviewer = await t.db.roleAssignment.findFirstOrThrow({
      where: { unitId: t.org.unit.id, role: "UNIT_REVIEWER" },
    });
    const user = await loadSessionUser(t.db, reviewer.userId);
    const file = await exportQueue(
      t.db,
      user?.roles ?? [],
      { stage: "UNIT_REVIEW", tab: "pending", filters: queueFiltersSchema.parse({}) },
      { maxRows: 2 },
    );
    expect(file).toMatchObject({ total: 4, truncated: true });
    const rows = await sheetRows(new Response(file.body));
    expect(rows.slice(3, 5).map((r) => r[1])).toEqual(["王五", expect.stringMatching(/^张三/)]);
    expect(rows[5][0]).toBe(
      "符合条件的申报共 4 条，导出最多 2 条：已导出提交时间最新的 2 条，请缩小筛选范围后分批导出",
    );
    expect(rows).toHaveLength(6);
  });

  it("refuses with JSON: signed out 401, no reviewer role of the stage 403, a malformed filter 400", async () => {
    const applicant = t.apps.a1.person;
    const signedOut = await exported(null, { stage: "UNIT_REVIEW" });
    expect(signedOut.status).toBe(401);
    expect((await signedOut.json()).error.message).toBe("请先登录");
    expect((await exported(applicant, { stage: "UNIT_REVIEW" })).status).toBe(403);
    const deptReviewer = await t.db.roleAssignment.findFirstOrThrow({ where: { role: "DEPT_REVIEWER" } });
    expect((await exported({ id: deptReviewer.userId }, { stage: "UNIT_REVIEW" })).status).toBe(403);
    const unitReviewer = await t.db.roleAssignment.findFirstOrThrow({ where: { role: "UNIT_REVIEWER" } });
    for (const search of [
      { stage: "NOPE" },
      { stage: "UNIT_REVIEW", level: "X" },
      { stage: "UNIT_REVIEW", noticeId: "1" },
    ]) {
      const res = await exported({ id: unitReviewer.userId }, search);
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe("BAD_REQUEST");
    }
  });
});

describe("who may call the queue procedures", () => {
  const calls = (caller: Caller, stage: QueueStage) => [
    caller.reviewQueue.list({ stage, tab: "pending" }),
    caller.reviewQueue.counts({ stage }),
    caller.reviewQueue.notices({ stage }),
  ];
  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => "OK",
      (e: { code?: string }) => e.code,
    );

  it("only the stage's reviewers; everyone else is refused, signed out must sign in", async () => {
    const { callers } = t;
    const expected: [keyof typeof callers, QueueStage, string][] = [
      ["unit", "UNIT_REVIEW", "OK"],
      ["otherUnit", "UNIT_REVIEW", "OK"],
      ["unit", "DEPT_REVIEW", "FORBIDDEN"],
      ["dept", "DEPT_REVIEW", "OK"],
      ["otherDept", "DEPT_REVIEW", "OK"],
      ["dept", "UNIT_REVIEW", "FORBIDDEN"],
      ["committee", "UNIT_REVIEW", "FORBIDDEN"],
      ["committee", "DEPT_REVIEW", "FORBIDDEN"],
      ["admin", "UNIT_REVIEW", "FORBIDDEN"],
      ["admin", "DEPT_REVIEW", "FORBIDDEN"],
      ["applicant", "UNIT_REVIEW", "FORBIDDEN"],
      ["applicant", "DEPT_REVIEW", "FORBIDDEN"],
      ["signedOut", "UNIT_REVIEW", "UNAUTHORIZED"],
      ["signedOut", "DEPT_REVIEW", "UNAUTHORIZED"],
    ];
    for (const [who, stage, code] of expected) {
      for (const call of calls(callers[who], stage)) expect(await codeOf(call), `${who} at ${stage}`).toBe(code);
    }
  });

  it("the notice filter offers the notices of the reviewer's department", async () => {
    const titles = (await t.callers.unit.reviewQueue.notices({ stage: "UNIT_REVIEW" })).map((n) => n.title);
    expect(titles).toEqual(expect.arrayContaining([t.apps.a1.notice.title, t.apps.a7.notice.title]));
    expect(titles).not.toContain(t.apps.a6.notice.title);
    const deptTitles = (await t.callers.dept.reviewQueue.notices({ stage: "DEPT_REVIEW" })).map((n) => n.title);
    expect(deptTitles.sort()).toEqual(titles.sort());
  });

  it("a draft is in no queue", async () => {
    const all = [
      ...(await ids(t.callers.unit, "UNIT_REVIEW", "pending")),
      ...(await ids(t.callers.unit, "UNIT_REVIEW", "done")),
      ...(await ids(t.callers.dept, "DEPT_REVIEW", "pending")),
      ...(await ids(t.callers.dept, "DEPT_REVIEW", "done")),
    ];
    expect(all).not.toContain(t.apps.draft.applicationId);
  });
});
