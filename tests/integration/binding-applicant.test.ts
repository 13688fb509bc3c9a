import { describe, expect, it } from "vitest";
import { creditCodeMessages } from "@/lib/validation/credit-code";
import { callerFor, grant, makeCreditCode, makeNotice, makeOrg, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(async (db) => {
  const [org, other] = [await makeOrg(db), await makeOrg(db)];
  const staff = await makeUser(db, "单位审核人");
  await grant(db, staff.id, "UNIT_REVIEWER", { unitId: org.unit.id });
  const otherStaff = await makeUser(db, "另一单位审核人");
  await grant(db, otherStaff.id, "UNIT_REVIEWER", { unitId: other.unit.id });
  return {
    org,
    other,
    reviewer: await callerFor(db, staff.id),
    otherReviewer: await callerFor(db, otherStaff.id),
    adminId: (await makeUser(db, "管理员")).id,
  };
});

async function applicant(name = "张申报") {
  const person = await makeUser(t.db, name);
  return { person, api: await callerFor(t.db, person.id) };
}

function auditOf(entityId: string) {
  return t.db.auditLog.findMany({ where: { entityType: "UnitBinding", entityId }, orderBy: { at: "asc" } });
}

describe("查询：只输入统一社会信用代码", () => {
  it("finds the registered unit with its 主管部门, whatever the case and spaces typed", async () => {
    const { api } = await applicant();
    const found = await api.binding.lookup({ creditCode: `  ${t.org.unit.creditCode.toLowerCase()} ` });
    expect(found).toEqual({
      unit: {
        id: t.org.unit.id,
        name: t.org.unit.name,
        creditCode: t.org.unit.creditCode,
        department: { name: t.org.department.name },
        hasReviewer: true,
      },
      binding: null,
      otherBinding: null,
    });
  });

  const valid = makeCreditCode();
  const wrongCheck = valid.slice(0, 17) + (valid[17] === "0" ? "1" : "0");
  it.each([
    ["blank", "   ", "请输入统一社会信用代码"],
    ["too short", valid.slice(0, 17), creditCodeMessages.length],
    ["a letter outside the alphabet", `${valid.slice(0, 10)}I${valid.slice(11)}`, creditCodeMessages.characters],
    ["a wrong check character", wrongCheck, creditCodeMessages.checkChar],
  ])("a code that is %s is refused at the field before any search", async (_problem, creditCode, message) => {
    const { api } = await applicant();
    expect(await refusal(api.binding.lookup({ creditCode }))).toEqual({
      code: "BAD_REQUEST",
      message,
      fieldErrors: { creditCode: [message] },
    });
  });

  it("a valid code no unit is registered with is reported at the field", async () => {
    const { api } = await applicant();
    const message = "未找到使用该统一社会信用代码的登记单位";
    expect(await refusal(api.binding.lookup({ creditCode: makeCreditCode() }))).toEqual({
      code: "NOT_FOUND",
      message,
      fieldErrors: { creditCode: [message] },
    });
  });

  it("a signed-out visitor cannot search", async () => {
    const anonymous = await callerFor(t.db, null);
    expect(await refusal(anonymous.binding.lookup({ creditCode: t.org.unit.creditCode }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("绑定 → 单位审核", () => {
  it("绑定 creates a pending request the unit approves; the hall then shows the unit as bound", async () => {
    const { person, api } = await applicant("李绑定");
    const requested = await api.binding.request({ creditCode: t.org.unit.creditCode });
    expect(requested).toMatchObject({ status: "PENDING", unit: { id: t.org.unit.id } });

    expect(await api.binding.lookup({ creditCode: t.org.unit.creditCode })).toMatchObject({
      binding: { id: requested.id, status: "PENDING", requestedAt: requested.requestedAt },
      otherBinding: null,
    });
    expect(await api.binding.current()).toMatchObject({
      id: requested.id,
      status: "PENDING",
      unit: { name: t.org.unit.name },
    });

    await t.reviewer.unitReview.approveBinding({ bindingId: requested.id });
    expect(await api.binding.current()).toMatchObject({
      id: requested.id,
      status: "APPROVED",
      decidedAt: expect.any(Date),
    });
    expect(await t.db.unitBinding.findUniqueOrThrow({ where: { id: requested.id } })).toMatchObject({ isActive: true });

    expect(await auditOf(requested.id)).toEqual([
      expect.objectContaining({ action: "binding.request", actorId: person.id, fromStatus: null, toStatus: "PENDING" }),
      expect.objectContaining({
        action: "binding.approve",
        fromStatus: "PENDING",
        toStatus: "APPROVED",
        detail: expect.objectContaining({ person: "李绑定" }),
      }),
    ]);
  });

  it("a rejected request shows the unit's reason in 绑定记录, and the applicant may ask again", async () => {
    const { api } = await applicant();
    const first = await api.binding.request({ creditCode: t.org.unit.creditCode });
    expect(await refusal(t.reviewer.unitReview.rejectBinding({ bindingId: first.id, reason: "  " }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { reason: ["请填写驳回理由"] },
    });
    await t.reviewer.unitReview.rejectBinding({ bindingId: first.id, reason: "  本单位无此人员  " });

    expect(await api.binding.current()).toBeNull();
    expect((await api.binding.history({ page: 1, pageSize: 10 })).items).toEqual([
      expect.objectContaining({
        id: first.id,
        status: "REJECTED",
        rejectReason: "本单位无此人员",
        decidedAt: expect.any(Date),
      }),
    ]);
    expect(await auditOf(first.id)).toContainEqual(
      expect.objectContaining({
        action: "binding.reject",
        toStatus: "REJECTED",
        detail: expect.objectContaining({ reason: "本单位无此人员" }),
      }),
    );

    const second = await api.binding.request({ creditCode: t.org.unit.creditCode });
    expect(second.status).toBe("PENDING");
  });
});

describe("一人同时只能绑定一个推荐单位", () => {
  it("while a request is pending, a second one (to any unit) is refused", async () => {
    const { api } = await applicant();
    await api.binding.request({ creditCode: t.org.unit.creditCode });
    expect(await refusal(api.binding.request({ creditCode: t.other.unit.creditCode }))).toMatchObject({
      code: "CONFLICT",
      message: "您已绑定或正在申请绑定推荐单位，如需更换请先解除绑定",
    });
    expect(await refusal(api.binding.request({ creditCode: t.org.unit.creditCode }))).toMatchObject({
      code: "CONFLICT",
      message: "您已绑定或正在申请绑定该单位，无需重复申请",
    });
  });

  it("searching another unit while bound explains which unit must be left first", async () => {
    const { api } = await applicant();
    const bound = await api.binding.request({ creditCode: t.org.unit.creditCode });
    await t.reviewer.unitReview.approveBinding({ bindingId: bound.id });
    expect(await api.binding.lookup({ creditCode: t.other.unit.creditCode })).toMatchObject({
      unit: { id: t.other.unit.id },
      binding: null,
      otherBinding: {
        id: bound.id,
        status: "APPROVED",
        unitName: t.org.unit.name,
        unitCreditCode: t.org.unit.creditCode,
      },
    });
    expect(await refusal(api.binding.request({ creditCode: t.other.unit.creditCode }))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("after 解除绑定 the applicant binds another unit; 绑定记录 keeps every row, newest first", async () => {
    const { person, api } = await applicant();
    const first = await api.binding.request({ creditCode: t.org.unit.creditCode });
    await t.reviewer.unitReview.approveBinding({ bindingId: first.id });
    const left = await api.binding.unbind({ bindingId: first.id });
    expect(left).toMatchObject({ id: first.id, status: "UNBOUND" });
    expect(await t.db.unitBinding.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "UNBOUND",
      isActive: false,
      endedAt: expect.any(Date),
    });
    expect(await auditOf(first.id)).toContainEqual(
      expect.objectContaining({
        action: "binding.unbind",
        actorId: person.id,
        fromStatus: "APPROVED",
        toStatus: "UNBOUND",
      }),
    );

    const second = await api.binding.request({ creditCode: t.other.unit.creditCode });
    await t.otherReviewer.unitReview.approveBinding({ bindingId: second.id });
    expect(await api.binding.current()).toMatchObject({ id: second.id, unit: { id: t.other.unit.id } });

    const history = await api.binding.history({ page: 1, pageSize: 10 });
    expect(history.total).toBe(2);
    expect(history.items.map((b) => [b.unit.name, b.status])).toEqual([
      [t.other.unit.name, "APPROVED"],
      [t.org.unit.name, "UNBOUND"],
    ]);
    expect(history.items[1]!.endedAt).toEqual(expect.any(Date));
  });
});

describe("解除绑定", () => {
  it("a pending request is withdrawn (撤回申请) and the unit no longer sees it", async () => {
    const { person, api } = await applicant("撤回者");
    const pending = await api.binding.request({ creditCode: t.org.unit.creditCode });
    expect(await api.binding.withdraw({ bindingId: pending.id })).toMatchObject({ status: "WITHDRAWN" });
    expect(await t.db.unitBinding.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      isActive: false,
      endedAt: expect.any(Date),
    });
    expect(await auditOf(pending.id)).toContainEqual(
      expect.objectContaining({
        action: "binding.withdraw",
        actorId: person.id,
        fromStatus: "PENDING",
        toStatus: "WITHDRAWN",
      }),
    );
    const queue = await t.reviewer.unitReview.pendingBindings({ page: 1, pageSize: 100 });
    expect(queue.items.map((b) => b.id)).not.toContain(pending.id);
    expect(await api.binding.lookup({ creditCode: t.org.unit.creditCode })).toMatchObject({
      binding: null,
      otherBinding: null,
    });
  });

  it("the wrong action for the status is refused as a changed status: a pending request is withdrawn, not unbound", async () => {
    const { api } = await applicant();
    const pending = await api.binding.request({ creditCode: t.org.unit.creditCode });
    expect(await refusal(api.binding.unbind({ bindingId: pending.id }))).toMatchObject({
      code: "CONFLICT",
      message: "绑定状态已变化，请刷新后重试",
    });
    await t.reviewer.unitReview.approveBinding({ bindingId: pending.id });
    expect(await refusal(api.binding.withdraw({ bindingId: pending.id }))).toMatchObject({ code: "CONFLICT" });
  });

  it("only the owner can end a binding: someone else's is not found", async () => {
    const owner = await applicant();
    const stranger = await applicant("旁人");
    const binding = await owner.api.binding.request({ creditCode: t.org.unit.creditCode });
    expect(await refusal(stranger.api.binding.withdraw({ bindingId: binding.id }))).toMatchObject({
      code: "NOT_FOUND",
      message: "未找到该绑定记录，请刷新后重试",
    });
    await t.reviewer.unitReview.approveBinding({ bindingId: binding.id });
    expect(await refusal(stranger.api.binding.unbind({ bindingId: binding.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({
      status: "APPROVED",
    });
  });

  it("is refused while an application recommended by this unit is under review, naming the notice", async () => {
    const { person, api } = await applicant();
    const binding = await api.binding.request({ creditCode: t.org.unit.creditCode });
    await t.reviewer.unitReview.approveBinding({ bindingId: binding.id });
    const notice = await makeNotice(t.db, t.org, t.adminId, { title: "2026年度工程系列职称评审申报通知" });
    const application = await t.db.application.create({
      data: {
        applicantId: person.id,
        noticeId: notice.id,
        unitId: t.org.unit.id,
        unitSnapshot: { name: t.org.unit.name, creditCode: t.org.unit.creditCode, department: t.org.department.name },
        status: "SUBMITTED",
        stage: "UNIT_REVIEW",
        submittedAt: new Date(),
      },
    });

    expect(await refusal(api.binding.unbind({ bindingId: binding.id }))).toMatchObject({
      code: "CONFLICT",
      message: "您有正在审核中的职称申报（2026年度工程系列职称评审申报通知），暂不能解除与该单位的绑定",
    });
    expect(await t.db.unitBinding.findUniqueOrThrow({ where: { id: binding.id } })).toMatchObject({
      status: "APPROVED",
      endedAt: null,
    });
    expect(await auditOf(binding.id)).not.toContainEqual(expect.objectContaining({ action: "binding.unbind" }));

    await t.db.application.update({ where: { id: application.id }, data: { status: "TERMINATED" } });
    expect(await api.binding.unbind({ bindingId: binding.id })).toMatchObject({ status: "UNBOUND" });
  });

  it("a draft application does not hold the applicant to the unit", async () => {
    const { person, api } = await applicant();
    const binding = await api.binding.request({ creditCode: t.org.unit.creditCode });
    await t.reviewer.unitReview.approveBinding({ bindingId: binding.id });
    const notice = await makeNotice(t.db, t.org, t.adminId);
    await t.db.application.create({
      data: {
        applicantId: person.id,
        noticeId: notice.id,
        unitId: t.org.unit.id,
        unitSnapshot: { name: t.org.unit.name },
        status: "DRAFT",
      },
    });
    expect(await api.binding.unbind({ bindingId: binding.id })).toMatchObject({ status: "UNBOUND" });
  });
});

describe("绑定记录", () => {
  it("pages through the applicant's own history only", async () => {
    const { api } = await applicant();
    for (let i = 0; i < 3; i++) {
      const b = await api.binding.request({ creditCode: t.org.unit.creditCode });
      await api.binding.withdraw({ bindingId: b.id });
    }
    const page1 = await api.binding.history({ page: 1, pageSize: 2 });
    const page2 = await api.binding.history({ page: 2, pageSize: 2 });
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(1);
    expect(new Set([...page1.items, ...page2.items].map((b) => b.status))).toEqual(new Set(["WITHDRAWN"]));
  });
});
