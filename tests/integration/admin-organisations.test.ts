import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { creditCodeCheckChar, creditCodeMessages } from "@/lib/validation/credit-code";
import { makeAdmin, makeCreditCode } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb((db) => makeAdmin(db));

/** The audit entry `action` wrote for the entity (each test performs each action once per entity). */
function auditOf(entityId: string, action: string) {
  return t.db.auditLog.findFirstOrThrow({ where: { entityId, action } });
}

describe("部门管理", () => {
  it("an admin registers a competent department and renames it, each step audited", async () => {
    const created = await t.admin.admin.departments.create({ name: " 省人力资源和社会保障厅 " });
    expect(created.name).toBe("省人力资源和社会保障厅");
    expect(await auditOf(created.id, "department.create")).toMatchObject({
      action: "department.create",
      actorId: t.adminId,
      entityType: "Department",
      detail: { name: "省人力资源和社会保障厅" },
    });

    await t.admin.admin.departments.rename({ id: created.id, name: "省人社厅" });
    expect(await auditOf(created.id, "department.rename")).toMatchObject({
      action: "department.rename",
      actorId: t.adminId,
      detail: { name: { from: "省人力资源和社会保障厅", to: "省人社厅" } },
    });
  });

  it("a department name already in use is refused at the name field, on create and on rename", async () => {
    await t.admin.admin.departments.create({ name: "省卫生健康委员会" });
    const other = await t.admin.admin.departments.create({ name: "省教育厅" });
    const expected = { code: "CONFLICT", fieldErrors: { name: ["该部门名称已存在"] } };
    expect(await refusal(t.admin.admin.departments.create({ name: "省卫生健康委员会" }))).toMatchObject(expected);
    expect(await refusal(t.admin.admin.departments.rename({ id: other.id, name: "省卫生健康委员会" }))).toMatchObject(
      expected,
    );
  });

  it("an empty name is refused with a Chinese message", async () => {
    expect(await refusal(t.admin.admin.departments.create({ name: "  " }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { name: ["请输入部门名称"] },
    });
  });

  it("the department list is paginated and searchable by name", async () => {
    for (const n of ["甲", "乙", "丙"]) await t.admin.admin.departments.create({ name: `分页测试部门${n}` });
    const page = await t.admin.admin.departments.list({ q: "分页测试", page: 2, pageSize: 2 });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    expect(await refusal(t.admin.admin.departments.list({ pageSize: 101 }))).toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("评委会管理", () => {
  it("an admin creates a committee for a series and edits it", async () => {
    const department = await t.admin.admin.departments.create({ name: "评委会测试部门" });
    const committee = await t.admin.admin.committees.create({
      name: "工程系列高级评委会",
      series: "ENGINEERING",
      departmentId: department.id,
    });
    expect(await auditOf(committee.id, "committee.create")).toMatchObject({
      action: "committee.create",
      actorId: t.adminId,
      entityType: "ReviewCommittee",
      detail: { name: "工程系列高级评委会", series: "ENGINEERING", department: "评委会测试部门" },
    });

    await t.admin.admin.committees.update({
      id: committee.id,
      name: "工程系列正高级评委会",
      series: "ENGINEERING",
      departmentId: department.id,
    });
    expect(await auditOf(committee.id, "committee.update")).toMatchObject({
      action: "committee.update",
      detail: { name: { from: "工程系列高级评委会", to: "工程系列正高级评委会" } },
    });
    const list = await t.admin.admin.committees.list({ q: "正高级" });
    expect(list.items).toEqual([
      expect.objectContaining({ name: "工程系列正高级评委会", department: { name: "评委会测试部门" } }),
    ]);
  });

  it("a duplicate committee name, an unknown series or a missing department is refused at its field", async () => {
    const department = await t.admin.admin.departments.create({ name: "评委会校验部门" });
    await t.admin.admin.committees.create({ name: "卫生系列评委会", series: "HEALTH", departmentId: department.id });
    expect(
      await refusal(
        t.admin.admin.committees.create({ name: "卫生系列评委会", series: "HEALTH", departmentId: department.id }),
      ),
    ).toMatchObject({ code: "CONFLICT", fieldErrors: { name: ["该评委会名称已存在"] } });
    expect(
      await refusal(
        t.admin.admin.committees.create({
          name: "某评委会",
          series: "ASTROLOGY" as "HEALTH",
          departmentId: department.id,
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { series: ["请选择职称系列"] } });
    expect(
      await refusal(
        t.admin.admin.committees.create({ name: "某评委会", series: "HEALTH", departmentId: randomUUID() }),
      ),
    ).toMatchObject({
      code: "NOT_FOUND",
      fieldErrors: { departmentId: ["所选主管部门不存在，请刷新后重试"] },
    });
  });

  it("a committee that serves notices of its series cannot be switched to another series", async () => {
    const department = await t.admin.admin.departments.create({ name: "系列锁定部门" });
    const committee = await t.admin.admin.committees.create({
      name: "经济系列评委会",
      series: "ECONOMICS",
      departmentId: department.id,
    });
    await t.db.notice.create({
      data: {
        title: "经济系列通知",
        body: "注意事项",
        series: "ECONOMICS",
        levels: ["INTERMEDIATE"],
        departmentId: department.id,
        committeeId: committee.id,
        startsAt: new Date("2030-01-01T00:00:00Z"),
        endsAt: new Date("2030-02-01T00:00:00Z"),
        createdById: t.adminId,
      },
    });
    expect(
      await refusal(
        t.admin.admin.committees.update({
          id: committee.id,
          name: "经济系列评委会",
          series: "ACCOUNTING",
          departmentId: department.id,
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", fieldErrors: { series: [expect.stringContaining("不能改为此职称系列")] } });
  });
});

describe("单位管理", () => {
  let departmentId: string;
  beforeAll(async () => {
    departmentId = (await t.admin.admin.departments.create({ name: "单位主管部门" })).id;
  });

  it("an admin registers a unit; the credit code is stored upper-case and the creation is audited", async () => {
    const code = makeCreditCode();
    const unit = await t.admin.admin.units.create({
      name: "长春某某科技有限公司",
      creditCode: ` ${code.toLowerCase()} `,
      departmentId,
    });
    expect(unit.creditCode).toBe(code);
    expect(await auditOf(unit.id, "unit.create")).toMatchObject({
      action: "unit.create",
      actorId: t.adminId,
      entityType: "Unit",
      detail: { name: "长春某某科技有限公司", creditCode: code, department: "单位主管部门" },
    });
  });

  it.each([
    ["too short", "91220101MA000000", creditCodeMessages.length],
    ["with a forbidden letter", "91220101MA0000000I", creditCodeMessages.characters],
    ["with a wrong check character", withWrongCheckChar("91220101MA0000001"), creditCodeMessages.checkChar],
  ])("a credit code %s is refused at the field with its rule", async (_case, creditCode, message) => {
    expect(await refusal(t.admin.admin.units.create({ name: "某单位", creditCode, departmentId }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { creditCode: [message] },
    });
  });

  it("a credit code already registered is refused, on create and on edit", async () => {
    const code = makeCreditCode();
    await t.admin.admin.units.create({ name: "先登记的单位", creditCode: code, departmentId });
    const other = await t.admin.admin.units.create({ name: "另一单位", creditCode: makeCreditCode(), departmentId });
    const expected = { code: "CONFLICT", fieldErrors: { creditCode: ["该统一社会信用代码已登记"] } };
    expect(
      await refusal(t.admin.admin.units.create({ name: "重复单位", creditCode: code, departmentId })),
    ).toMatchObject(expected);
    expect(
      await refusal(
        t.admin.admin.units.update({ id: other.id, name: "另一单位", creditCode: code.toLowerCase(), departmentId }),
      ),
    ).toMatchObject(expected);
    expect(await t.db.unit.count({ where: { creditCode: code } })).toBe(1);
  });

  it("an edit records only the fields that changed", async () => {
    const code = makeCreditCode();
    const unit = await t.admin.admin.units.create({ name: "改名前单位", creditCode: code, departmentId });
    const otherDepartment = await t.admin.admin.departments.create({ name: "新主管部门" });
    await t.admin.admin.units.update({
      id: unit.id,
      name: "改名后单位",
      creditCode: code,
      departmentId: otherDepartment.id,
    });
    const entry = await auditOf(unit.id, "unit.update");
    expect(entry).toMatchObject({
      action: "unit.update",
      detail: {
        name: { from: "改名前单位", to: "改名后单位" },
        department: { from: "单位主管部门", to: "新主管部门" },
      },
    });
    expect(entry?.detail).not.toHaveProperty("creditCode");
  });

  it("units are found by name or by the beginning of the credit code", async () => {
    const code = makeCreditCode();
    await t.admin.admin.units.create({ name: "吉林省搜索测试研究院", creditCode: code, departmentId });
    const byName = await t.admin.admin.units.list({ q: "搜索测试" });
    expect(byName.items.map((u) => u.creditCode)).toEqual([code]);
    const byCode = await t.admin.admin.units.list({ q: code.toLowerCase() });
    expect(byCode).toMatchObject({
      total: 1,
      items: [{ name: "吉林省搜索测试研究院", department: { name: "单位主管部门" } }],
    });
  });
});

function withWrongCheckChar(first17: string): string {
  return first17 + (creditCodeCheckChar(first17) === "0" ? "1" : "0");
}
