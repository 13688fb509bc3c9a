import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { maskIdCard, maskMobile } from "@/lib/mask";
import { createTestDb, type TestDb } from "../helpers/db";
import { bindApproved, callerFor, grant, makeOrg, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";

let testDb: TestDb;
let db: PrismaClient;
let unitA: Awaited<ReturnType<typeof makeOrg>>;
let unitB: Awaited<ReturnType<typeof makeOrg>>;
let reviewerA: Awaited<ReturnType<typeof callerFor>>;
let reviewerAId: string;
let reviewerB: Awaited<ReturnType<typeof callerFor>>;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  unitA = await makeOrg(db);
  unitB = await makeOrg(db);
  const staffA = await makeUser(db, "甲单位审核人");
  await grant(db, staffA.id, "UNIT_REVIEWER", { unitId: unitA.unit.id });
  reviewerAId = staffA.id;
  reviewerA = await callerFor(db, staffA.id);
  const staffB = await makeUser(db, "乙单位审核人");
  await grant(db, staffB.id, "UNIT_REVIEWER", { unitId: unitB.unit.id });
  reviewerB = await callerFor(db, staffB.id);
});

afterAll(() => testDb.close());

/** A person who has clicked 绑定 for `unit`. */
async function requestFrom(unit: { creditCode: string }, name = "王申请") {
  const person = await makeUser(db, name);
  const api = await callerFor(db, person.id);
  const binding = await api.binding.request({ creditCode: unit.creditCode });
  return { person, api, binding };
}

describe("绑定申请：单位审核", () => {
  it("the unit sees who asks to bind, with 身份证号 and mobile masked", async () => {
    const { person, binding } = await requestFrom(unitA.unit, "赵待审");
    const queue = await reviewerA.unitReview.pendingBindings({ page: 1, pageSize: 100 });
    const row = queue.items.find((b) => b.id === binding.id);
    expect(row).toEqual({
      id: binding.id,
      requestedAt: binding.requestedAt,
      unit: { id: unitA.unit.id, name: unitA.unit.name },
      applicant: { name: "赵待审", idCardNumber: maskIdCard(person.idCardNumber), mobile: maskMobile(person.mobile) },
    });
    expect(row!.applicant.idCardNumber).not.toBe(person.idCardNumber);
  });

  it("通过 records the reviewer and the time, and writes the audit trail", async () => {
    const { binding } = await requestFrom(unitA.unit);
    const approved = await reviewerA.unitReview.approveBinding({ bindingId: binding.id });
    expect(approved).toMatchObject({ id: binding.id, status: "APPROVED" });
    expect(await db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({
      decidedById: reviewerAId,
      decidedAt: expect.any(Date),
    });
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entityId: binding.id, action: "binding.approve" } }),
    ).toMatchObject({
      actorId: reviewerAId,
      entityType: "UnitBinding",
      fromStatus: "PENDING",
      toStatus: "APPROVED",
    });
  });

  it.each([
    ["", "请填写驳回理由"],
    ["否", "驳回理由至少2个字，请写明原因"],
    ["理".repeat(201), "驳回理由不能超过200个字"],
  ])("驳回 needs a reason of 2–200 characters (%#)", async (reason, message) => {
    const { binding } = await requestFrom(unitA.unit);
    expect(await refusal(reviewerA.unitReview.rejectBinding({ bindingId: binding.id, reason }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { reason: [message] },
    });
    expect(await db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({ status: "PENDING" });
  });

  it("a decided request cannot be decided again", async () => {
    const { binding } = await requestFrom(unitA.unit);
    await reviewerA.unitReview.rejectBinding({ bindingId: binding.id, reason: "非本单位职工" });
    expect(await refusal(reviewerA.unitReview.approveBinding({ bindingId: binding.id }))).toMatchObject({
      code: "CONFLICT",
      message: "绑定状态已变化，请刷新后重试",
    });
  });
});

describe("单位审核人只能处理本单位的申请", () => {
  it("an applicant without the role cannot call the unit workspace", async () => {
    const { api, binding } = await requestFrom(unitA.unit);
    for (const call of [
      api.unitReview.pendingBindings({ page: 1, pageSize: 20 }),
      api.unitReview.members({ page: 1, pageSize: 20 }),
      api.unitReview.approveBinding({ bindingId: binding.id }),
      api.unitReview.rejectBinding({ bindingId: binding.id, reason: "自己驳回自己" }),
    ]) {
      expect(await refusal(call)).toMatchObject({ code: "FORBIDDEN", message: "您没有执行此操作的权限" });
    }
    expect(await db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({ status: "PENDING" });
  });

  it("a reviewer of unit B neither sees nor decides unit A's requests (not found)", async () => {
    const { binding } = await requestFrom(unitA.unit);
    const queueB = await reviewerB.unitReview.pendingBindings({ page: 1, pageSize: 100 });
    expect(queueB.items.map((b) => b.id)).not.toContain(binding.id);
    expect(queueB.items.every((b) => b.unit.id === unitB.unit.id)).toBe(true);

    expect(
      await refusal(reviewerB.unitReview.pendingBindings({ unitId: unitA.unit.id, page: 1, pageSize: 20 })),
    ).toMatchObject({
      code: "NOT_FOUND",
      fieldErrors: { unitId: ["未找到该单位，或您不是该单位的审核人"] },
    });
    expect(await refusal(reviewerB.unitReview.members({ unitId: unitA.unit.id, page: 1, pageSize: 20 }))).toMatchObject(
      { code: "NOT_FOUND" },
    );
    expect(await refusal(reviewerB.unitReview.approveBinding({ bindingId: binding.id }))).toMatchObject({
      code: "NOT_FOUND",
      message: "未找到该绑定记录，请刷新后重试",
    });
    expect(
      await refusal(reviewerB.unitReview.rejectBinding({ bindingId: binding.id, reason: "越权驳回" })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({
      status: "PENDING",
      decidedById: null,
    });
    expect(await db.auditLog.count({ where: { entityId: binding.id } })).toBe(1);
  });

  it("a reviewer of two units sees both queues, or one when they pick it", async () => {
    const both = await makeUser(db, "双单位审核人");
    await grant(db, both.id, "UNIT_REVIEWER", { unitId: unitA.unit.id });
    await grant(db, both.id, "UNIT_REVIEWER", { unitId: unitB.unit.id });
    const api = await callerFor(db, both.id);
    const a = await requestFrom(unitA.unit);
    const b = await requestFrom(unitB.unit);
    const all = (await api.unitReview.pendingBindings({ page: 1, pageSize: 100 })).items.map((x) => x.id);
    expect(all).toEqual(expect.arrayContaining([a.binding.id, b.binding.id]));
    const onlyB = (await api.unitReview.pendingBindings({ unitId: unitB.unit.id, page: 1, pageSize: 100 })).items.map(
      (x) => x.id,
    );
    expect(onlyB).toContain(b.binding.id);
    expect(onlyB).not.toContain(a.binding.id);
    await api.unitReview.approveBinding({ bindingId: b.binding.id });
  });
});

describe("本单位人员", () => {
  it("lists only the approved members of the reviewer's unit, masked, searchable by name", async () => {
    const org = await makeOrg(db);
    const staff = await makeUser(db, "丙单位审核人");
    await grant(db, staff.id, "UNIT_REVIEWER", { unitId: org.unit.id });
    const api = await callerFor(db, staff.id);

    const member = await makeUser(db, "钱成员");
    await bindApproved(db, member.id, org.unit.id);
    const pending = await requestFrom(org.unit, "孙待审");
    const left = await requestFrom(org.unit, "周已解绑");
    await api.unitReview.approveBinding({ bindingId: left.binding.id });
    await left.api.binding.unbind({ bindingId: left.binding.id });
    const elsewhere = await makeUser(db, "吴外单位");
    await bindApproved(db, elsewhere.id, unitA.unit.id);

    const members = await api.unitReview.members({ page: 1, pageSize: 20 });
    expect(members.total).toBe(1);
    expect(members.items).toEqual([
      {
        id: expect.any(String),
        unit: { id: org.unit.id, name: org.unit.name },
        boundSince: expect.any(Date),
        member: { name: "钱成员", idCardNumber: maskIdCard(member.idCardNumber), mobile: maskMobile(member.mobile) },
      },
    ]);
    expect(JSON.stringify(members)).not.toContain(pending.person.name);

    expect((await api.unitReview.members({ q: "钱", page: 1, pageSize: 20 })).total).toBe(1);
    expect((await api.unitReview.members({ q: member.idCardNumber!.toLowerCase(), page: 1, pageSize: 20 })).total).toBe(
      1,
    );
    expect((await api.unitReview.members({ q: "周", page: 1, pageSize: 20 })).total).toBe(0);
  });
});
