import { describe, expect, it } from "vitest";
import { bindingMessages } from "@/lib/binding/messages";
import {
  appointUnitReviewer,
  bindApproved,
  callerFor,
  makeAdmin,
  makeCreditCode,
  makeNotice,
  makeOrg,
  makeUser,
} from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(async (db) => {
  const org = await makeOrg(db);
  await appointUnitReviewer(db, org.unit.id);
  const { adminId, admin } = await makeAdmin(db);
  return { org, adminId, admin };
});

async function applicant(name = "查单位") {
  const person = await makeUser(t.db, name);
  return { person, api: await callerFor(t.db, person.id) };
}

/** A registered unit of `org`'s department named `name`. */
function registerUnit(name: string, org = t.org) {
  return t.db.unit.create({ data: { name, creditCode: makeCreditCode(), departmentId: org.department.id } });
}

describe("按单位全称查询：只有完全一致的全称才能查到", () => {
  it("finds the unit's credit code and 主管部门 by its whole registered name", async () => {
    const unit = await registerUnit("吉林省精密仪器研究所");
    const { api } = await applicant();
    expect(await api.binding.findByName({ name: "  吉林省精密仪器研究所 " })).toEqual([
      { name: unit.name, creditCode: unit.creditCode, department: { name: t.org.department.name } },
    ]);
  });

  it("matches brackets typed half-width against the registered full-width ones, and back", async () => {
    const unit = await registerUnit("长春光电科技（集团）有限公司");
    const halfWidth = await registerUnit("四平电气(集团)有限公司");
    const { api } = await applicant();
    expect(await api.binding.findByName({ name: "长春光电科技(集团)有限公司" })).toMatchObject([
      { creditCode: unit.creditCode },
    ]);
    expect(await api.binding.findByName({ name: "四平电气（集团）有限公司" })).toMatchObject([
      { creditCode: halfWidth.creditCode },
    ]);
  });

  it("never matches a part of a name, so the directory cannot be listed through it", async () => {
    await registerUnit("延边热力设计研究院有限公司");
    const { api } = await applicant();
    for (const part of ["延边热力设计研究院", "热力设计研究院有限公司", "有限公司", "延边", "%", "_", "延边%"]) {
      expect(await refusal(api.binding.findByName({ name: part }))).toEqual({
        code: "NOT_FOUND",
        message: bindingMessages.unitNameNotFound,
        fieldErrors: { name: [bindingMessages.unitNameNotFound] },
      });
    }
  });

  it("lists the few units that share one registered name, each with its own code", async () => {
    const [first, second] = [await registerUnit("通化市第一医院"), await registerUnit("通化市第一医院")];
    const { api } = await applicant();
    const found = await api.binding.findByName({ name: "通化市第一医院" });
    expect(found.map((u) => u.creditCode).sort()).toEqual([first.creditCode, second.creditCode].sort());
  });

  it("asks for a name when the box is blank, at the field", async () => {
    const { api } = await applicant();
    expect(await refusal(api.binding.findByName({ name: "   " }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { name: [bindingMessages.unitNameRequired] },
    });
  });

  it("a signed-out visitor cannot search by name", async () => {
    const anonymous = await callerFor(t.db, null);
    expect(await refusal(anonymous.binding.findByName({ name: t.org.unit.name }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("a unit without a 推荐单位审核人 cannot receive binding requests", () => {
  it("查询 says the unit has no reviewer yet, and 绑定 is refused with the same advice; nothing is stored", async () => {
    const { unit } = await makeOrg(t.db);
    const { person, api } = await applicant("无人审核");
    expect((await api.binding.lookup({ creditCode: unit.creditCode })).unit).toMatchObject({
      id: unit.id,
      hasReviewer: false,
    });
    expect(await refusal(api.binding.request({ creditCode: unit.creditCode }))).toMatchObject({
      code: "CONFLICT",
      message: bindingMessages.noReviewer(unit.name),
    });
    expect(await t.db.unitBinding.count({ where: { userId: person.id } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { actorId: person.id } })).toBe(0);
  });

  it("a reviewer whose role was revoked counts as none; appointing one opens the unit to requests", async () => {
    const { unit } = await makeOrg(t.db);
    const former = await appointUnitReviewer(t.db, unit.id, "已撤销的审核人");
    await t.db.roleAssignment.updateMany({ where: { userId: former.id }, data: { revokedAt: new Date() } });
    const { api } = await applicant("等待审核人");
    expect(await refusal(api.binding.request({ creditCode: unit.creditCode }))).toMatchObject({ code: "CONFLICT" });

    await appointUnitReviewer(t.db, unit.id, "新任审核人");
    expect((await api.binding.lookup({ creditCode: unit.creditCode })).unit.hasReviewer).toBe(true);
    expect(await api.binding.request({ creditCode: unit.creditCode })).toMatchObject({ status: "PENDING" });
  });

  it("the admin's overview lists the units without a reviewer, and drops one once a reviewer is appointed", async () => {
    const before = (await t.admin.admin.overview()).unitsWithoutReviewer.total;
    const { unit } = await makeOrg(t.db);
    const listed = await t.admin.admin.overview();
    expect(listed.unitsWithoutReviewer.total).toBe(before + 1);
    expect(listed.unitsWithoutReviewer.items).toContainEqual({
      id: unit.id,
      name: unit.name,
      creditCode: unit.creditCode,
    });
    expect(listed.unitsWithoutReviewer.items.map((u) => u.id)).not.toContain(t.org.unit.id);

    await appointUnitReviewer(t.db, unit.id);
    const after = await t.admin.admin.overview();
    expect(after.unitsWithoutReviewer.total).toBe(before);
    expect(after.unitsWithoutReviewer.items.map((u) => u.id)).not.toContain(unit.id);
  });
});

describe("解除绑定 names the drafts it affects", () => {
  it("查询 of the bound unit lists the drafts recommended by it, not those of another unit or already submitted", async () => {
    const other = await makeOrg(t.db);
    const { person, api } = await applicant("有草稿");
    const formerBinding = await bindApproved(t.db, person.id, other.unit.id);
    const elsewhere = await makeNotice(t.db, other, t.adminId, { title: "另一单位的通知" });
    await api.application.start({ noticeId: elsewhere.id, conditionsConfirmed: true });
    await t.db.unitBinding.update({
      where: { id: formerBinding.id },
      data: { status: "UNBOUND", isActive: false, endedAt: new Date() },
    });

    await bindApproved(t.db, person.id, t.org.unit.id);
    const first = await makeNotice(t.db, t.org, t.adminId, { title: "2026年度工程系列通知" });
    const second = await makeNotice(t.db, t.org, t.adminId, { title: "2026年度经济系列通知" });
    const submitted = await makeNotice(t.db, t.org, t.adminId, { title: "已提交的通知" });
    const a = await api.application.start({ noticeId: first.id, conditionsConfirmed: true });
    const b = await api.application.start({ noticeId: second.id, conditionsConfirmed: true });
    const c = await api.application.start({ noticeId: submitted.id, conditionsConfirmed: true });
    await t.db.application.update({ where: { id: c.id }, data: { status: "TERMINATED", stage: "UNIT_REVIEW" } });

    const found = await api.binding.lookup({ creditCode: t.org.unit.creditCode });
    expect(found.binding?.drafts).toEqual([
      { id: a.id, noticeTitle: first.title },
      { id: b.id, noticeTitle: second.title },
    ]);
  });

  it("a pending request has no drafts to name: withdrawing it changes nothing for them", async () => {
    const { api } = await applicant("待审核");
    await api.binding.request({ creditCode: t.org.unit.creditCode });
    expect((await api.binding.lookup({ creditCode: t.org.unit.creditCode })).binding).toMatchObject({
      status: "PENDING",
      drafts: [],
    });
  });
});
