import { describe, expect, it } from "vitest";
import { maskIdCard, maskMobile } from "@/lib/mask";
import { bindApproved, callerFor, grant, makeOrg, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(async (db) => {
  const [unitA, unitB] = [await makeOrg(db), await makeOrg(db)];
  const staffA = await makeUser(db, "甲单位审核人");
  await grant(db, staffA.id, "UNIT_REVIEWER", { unitId: unitA.unit.id });
  const staffB = await makeUser(db, "乙单位审核人");
  await grant(db, staffB.id, "UNIT_REVIEWER", { unitId: unitB.unit.id });
  return {
    unitA,
    unitB,
    reviewerAId: staffA.id,
    reviewerA: await callerFor(db, staffA.id),
    reviewerB: await callerFor(db, staffB.id),
  };
});

/** A person who has clicked 绑定 for `unit`. */
async function requestFrom(unit: { creditCode: string }, name = "王申请") {
  const person = await makeUser(t.db, name);
  const api = await callerFor(t.db, person.id);
  const binding = await api.binding.request({ creditCode: unit.creditCode });
  return { person, api, binding };
}

describe("绑定申请：单位审核", () => {
  it("the unit sees who asks to bind, with 身份证号 and mobile masked", async () => {
    const { person, binding } = await requestFrom(t.unitA.unit, "赵待审");
    const queue = await t.reviewerA.unitReview.pendingBindings({ page: 1, pageSize: 100 });
    const row = queue.items.find((b) => b.id === binding.id);
    expect(row).toEqual({
      id: binding.id,
      requestedAt: binding.requestedAt,
      unit: { id: t.unitA.unit.id, name: t.unitA.unit.name },
      applicant: { name: "赵待审", idCardNumber: maskIdCard(person.idCardNumber), mobile: maskMobile(person.mobile) },
    });
    expect(row!.applicant.idCardNumber).not.toBe(person.idCardNumber);
  });

  it("通过 records the reviewer and the time, and writes the audit trail", async () => {
    const { binding } = await requestFrom(t.unitA.unit);
    const approved = await t.reviewerA.unitReview.approveBinding({ bindingId: binding.id });
    expect(approved).toMatchObject({ id: binding.id, status: "APPROVED" });
    expect(await t.db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({
      decidedById: t.reviewerAId,
      decidedAt: expect.any(Date),
    });
    expect(
      await t.db.auditLog.findFirstOrThrow({ where: { entityId: binding.id, action: "binding.approve" } }),
    ).toMatchObject({
      actorId: t.reviewerAId,
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
    const { binding } = await requestFrom(t.unitA.unit);
    expect(await refusal(t.reviewerA.unitReview.rejectBinding({ bindingId: binding.id, reason }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { reason: [message] },
    });
    expect(await t.db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({
      status: "PENDING",
    });
  });

  it("a decided request cannot be decided again", async () => {
    const { binding } = await requestFrom(t.unitA.unit);
    await t.reviewerA.unitReview.rejectBinding({ bindingId: binding.id, reason: "非本单位职工" });
    expect(await refusal(t.reviewerA.unitReview.approveBinding({ bindingId: binding.id }))).toMatchObject({
      code: "CONFLICT",
      message: "绑定状态已变化，请刷新后重试",
    });
  });
});

describe("单位审核人只能处理本单位的申请", () => {
  it("an applicant without the role cannot call the unit workspace", async () => {
    const { api, binding } = await requestFrom(t.unitA.unit);
    for (const call of [
      api.unitReview.pendingBindings({ page: 1, pageSize: 20 }),
      api.unitReview.members({ page: 1, pageSize: 20 }),
      api.unitReview.approveBinding({ bindingId: binding.id }),
      api.unitReview.rejectBinding({ bindingId: binding.id, reason: "自己驳回自己" }),
    ]) {
      expect(await refusal(call)).toMatchObject({ code: "FORBIDDEN", message: "您没有执行此操作的权限" });
    }
    expect(await t.db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({
      status: "PENDING",
    });
  });

  it("a reviewer of unit B neither sees nor decides unit A's requests (not found)", async () => {
    const { binding } = await requestFrom(t.unitA.unit);
    const queueB = await t.reviewerB.unitReview.pendingBindings({ page: 1, pageSize: 100 });
    expect(queueB.items.map((b) => b.id)).not.toContain(binding.id);
    expect(queueB.items.every((b) => b.unit.id === t.unitB.unit.id)).toBe(true);

    expect(
      await refusal(t.reviewerB.unitReview.pendingBindings({ unitId: t.unitA.unit.id, page: 1, pageSize: 20 })),
    ).toMatchObject({
      code: "NOT_FOUND",
      fieldErrors: { unitId: ["未找到该单位，或您不是该单位的审核人"] },
    });
    expect(
      await refusal(t.reviewerB.unitReview.members({ unitId: t.unitA.unit.id, page: 1, pageSize: 20 })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(t.reviewerB.unitReview.approveBinding({ bindingId: binding.id }))).toMatchObject({
      code: "NOT_FOUND",
      message: "未找到该绑定记录，请刷新后重试",
    });
    expect(
      await refusal(t.reviewerB.unitReview.rejectBinding({ bindingId: binding.id, reason: "越权驳回" })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({
      status: "PENDING",
      decidedById: null,
    });
    expect(await t.db.auditLog.count({ where: { entityId: binding.id } })).toBe(1);
  });

  it("a reviewer of two units sees both queues, or one when they pick it", async () => {
    const both = await makeUser(t.db, "双单位审核人");
    await grant(t.db, both.id, "UNIT_REVIEWER", { unitId: t.unitA.unit.id });
    await grant(t.db, both.id, "UNIT_REVIEWER", { unitId: t.unitB.unit.id });
    const api = await callerFor(t.db, both.id);
    const a = await requestFrom(t.unitA.unit);
    const b = await requestFrom(t.unitB.unit);
    const all = (await api.unitReview.pendingBindings({ page: 1, pageSize: 100 })).items.map((x) => x.id);
    expect(all).toEqual(expect.arrayContaining([a.binding.id, b.binding.id]));
    const onlyB = (await api.unitReview.pendingBindings({ unitId: t.unitB.unit.id, page: 1, pageSize: 100 })).items.map(
      (x) => x.id,
    );
    expect(onlyB).toContain(b.binding.id);
    expect(onlyB).not.toContain(a.binding.id);
    await api.unitReview.approveBinding({ bindingId: b.binding.id });
  });
});

describe("本单位人员", () => {
  it("lists only the approved members of the reviewer's unit, masked, searchable by name", async () => {
    const org = await makeOrg(t.db);
    const staff = await makeUser(t.db, "丙单位审核人");
    await grant(t.db, staff.id, "UNIT_REVIEWER", { unitId: org.unit.id });
    const api = await callerFor(t.db, staff.id);

    const member = await makeUser(t.db, "钱成员");
    await bindApproved(t.db, member.id, org.unit.id);
    const pending = await requestFrom(org.unit, "孙待审");
    const left = await requestFrom(org.unit, "周已解绑");
    await api.unitReview.approveBinding({ bindingId: left.binding.id });
    await left.api.binding.unbind({ bindingId: left.binding.id });
    const elsewhere = await makeUser(t.db, "吴外单位");
    await bindApproved(t.db, elsewhere.id, t.unitA.unit.id);

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
