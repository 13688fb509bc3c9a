import type { AnyProcedure } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { adminRouter } from "@/server/api/routers/admin";
import { certificateRow } from "../helpers/certificates";
import { grant, makeAdmin, makeCreditCode, makeIdCard, makeOrg, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb((db) => makeAdmin(db, "审计管理员"));

describe("审计日志", () => {
  it("shows who did what to which entity, with the entity's current name", async () => {
    const department = await t.admin.admin.departments.create({ name: "审计测试部门" });
    const unit = await t.admin.admin.units.create({
      name: "审计测试单位",
      creditCode: makeCreditCode(),
      departmentId: department.id,
    });
    const page = await t.admin.admin.audit.list({ entityType: "Unit" });
    expect(page.items).toEqual([
      expect.objectContaining({
        action: "unit.create",
        actorName: "审计管理员",
        entityType: "Unit",
        entityId: unit.id,
        entityName: "审计测试单位",
        detail: expect.objectContaining({ department: "审计测试部门" }),
      }),
    ]);
  });

  it("is newest first and paginated", async () => {
    const base = Date.parse("2024-06-01T00:00:00Z");
    for (let i = 0; i < 5; i++) {
      await t.db.auditLog.create({
        data: {
          actorId: t.adminId,
          action: "page.test",
          entityType: "Test",
          entityId: `t${i}`,
          at: new Date(base + i * 60_000),
        },
      });
    }
    const first = await t.admin.admin.audit.list({ action: "page.test", page: 1, pageSize: 2 });
    const third = await t.admin.admin.audit.list({ action: "page.test", page: 3, pageSize: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.items.map((e) => e.entityId)).toEqual(["t4", "t3"]);
    expect(third.items.map((e) => e.entityId)).toEqual(["t0"]);
  });

  it("filters by action and by entity type", async () => {
    const department = await t.admin.admin.departments.create({ name: "筛选测试部门" });
    await t.admin.admin.departments.rename({ id: department.id, name: "筛选测试部门（新）" });
    const renames = await t.admin.admin.audit.list({ action: "department.rename" });
    expect(renames.items.map((e) => e.entityId)).toEqual([department.id]);
    const departments = await t.admin.admin.audit.list({ entityType: "Department", pageSize: 100 });
    expect(departments.items.every((e) => e.entityType === "Department")).toBe(true);
    expect(departments.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(["department.create", "department.rename"]),
    );
  });

  it("filters by whole days in Beijing time", async () => {
    // 2025-01-01 23:30 and 2025-01-02 00:30 in Asia/Shanghai: the same UTC day, different local days.
    await t.db.auditLog.create({
      data: {
        actorId: t.adminId,
        action: "day.test",
        entityType: "Test",
        entityId: "late",
        at: new Date("2025-01-01T15:30:00Z"),
      },
    });
    await t.db.auditLog.create({
      data: {
        actorId: t.adminId,
        action: "day.test",
        entityType: "Test",
        entityId: "early",
        at: new Date("2025-01-01T16:30:00Z"),
      },
    });
    const second = await t.admin.admin.audit.list({ action: "day.test", from: "2025-01-02", to: "2025-01-02" });
    expect(second.items.map((e) => e.entityId)).toEqual(["early"]);
    const first = await t.admin.admin.audit.list({ action: "day.test", to: "2025-01-01" });
    expect(first.items.map((e) => e.entityId)).toEqual(["late"]);
  });

  it("refuses a date range that ends before it starts, at the end-date field", async () => {
    expect(await refusal(t.admin.admin.audit.list({ from: "2025-02-01", to: "2025-01-01" }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { to: ["结束日期不能早于开始日期"] },
    });
  });
});

/**
 * Every admin mutation, found from the router itself, must leave an audit entry naming the admin.
 * A mutation added later fails here until it is given a scenario below.
 */
describe("every admin mutation is audited", () => {
  // At run time `procedures` is flat ("notices.publish" → procedure), though typed as the nested record.
  const mutations = Object.entries(adminRouter._def.procedures as unknown as Record<string, AnyProcedure>)
    .filter(([, procedure]) => procedure._def.type === "mutation")
    .map(([path]) => path);

  type Scenario = () => Promise<{ input: unknown; action: string; entityType: string }>;
  let n = 0;
  const unique = (prefix: string) => `${prefix}${++n}`;
  const noScope = { unitId: "", departmentId: "", committeeId: "" };
  const notice = async (org: Awaited<ReturnType<typeof makeOrg>>) =>
    t.db.notice.create({
      data: {
        title: unique("通知"),
        body: "注意事项",
        series: "ENGINEERING",
        levels: ["JUNIOR"],
        departmentId: org.department.id,
        committeeId: org.committee.id,
        startsAt: new Date("2030-01-01T00:00:00Z"),
        endsAt: new Date("2030-02-01T00:00:00Z"),
        createdById: t.adminId,
      },
    });
  const noticeInput = (org: Awaited<ReturnType<typeof makeOrg>>) => ({
    title: unique("通知"),
    body: "注意事项",
    series: "ENGINEERING",
    levels: ["JUNIOR"],
    departmentId: org.department.id,
    committeeId: org.committee.id,
    startsAt: "2030-01-01T09:00",
    endsAt: "2030-02-01T09:00",
  });

  const scenarios: Record<string, Scenario> = {
    "departments.create": async () => ({
      input: { name: unique("部门") },
      action: "department.create",
      entityType: "Department",
    }),
    "departments.rename": async () => {
      const { department } = await makeOrg(t.db);
      return {
        input: { id: department.id, name: unique("部门") },
        action: "department.rename",
        entityType: "Department",
      };
    },
    "committees.create": async () => {
      const { department } = await makeOrg(t.db);
      return {
        input: { name: unique("评委会"), series: "HEALTH", departmentId: department.id },
        action: "committee.create",
        entityType: "ReviewCommittee",
      };
    },
    "committees.update": async () => {
      const { committee, department } = await makeOrg(t.db);
      return {
        input: { id: committee.id, name: unique("评委会"), series: "ENGINEERING", departmentId: department.id },
        action: "committee.update",
        entityType: "ReviewCommittee",
      };
    },
    "units.create": async () => {
      const { department } = await makeOrg(t.db);
      return {
        input: { name: unique("单位"), creditCode: makeCreditCode(), departmentId: department.id },
        action: "unit.create",
        entityType: "Unit",
      };
    },
    "units.update": async () => {
      const { unit, department } = await makeOrg(t.db);
      return {
        input: { id: unit.id, name: unique("单位"), creditCode: unit.creditCode, departmentId: department.id },
        action: "unit.update",
        entityType: "Unit",
      };
    },
    "roles.grant": async () => {
      const person = await makeUser(t.db);
      return {
        input: { userId: person.id, role: "ADMIN", ...noScope },
        action: "role.grant",
        entityType: "RoleAssignment",
      };
    },
    "roles.registerAndGrant": async () => ({
      input: { name: unique("人员"), idCardNumber: makeIdCard(), role: "ADMIN", ...noScope },
      action: "user.preRegister",
      entityType: "User",
    }),
    "roles.revoke": async () => {
      const assignment = await grant(t.db, (await makeUser(t.db)).id, "ADMIN");
      return { input: { assignmentId: assignment.id }, action: "role.revoke", entityType: "RoleAssignment" };
    },
    "notices.create": async () => ({
      input: noticeInput(await makeOrg(t.db)),
      action: "notice.create",
      entityType: "Notice",
    }),
    "notices.update": async () => {
      const org = await makeOrg(t.db);
      const draft = await notice(org);
      return { input: { id: draft.id, ...noticeInput(org) }, action: "notice.update", entityType: "Notice" };
    },
    "notices.publish": async () => {
      const draft = await notice(await makeOrg(t.db));
      return { input: { id: draft.id }, action: "notice.publish", entityType: "Notice" };
    },
    "calendar.save": async () => ({
      input: { year: 2081, holidays: ["2081-01-01"], workdays: [] },
      action: "holiday-year.create",
      entityType: "HolidayYear",
    }),
    "certificates.revoke": async () => {
      const certificate = await certificateRow(t.db, await makeOrg(t.db), t.adminId);
      return {
        input: { certificateId: certificate.id, reason: "经查申报材料不实" },
        action: "certificate.revoke",
        entityType: "Certificate",
      };
    },
    "notices.close": async () => {
      const published = await notice(await makeOrg(t.db));
      await t.db.notice.update({ where: { id: published.id }, data: { status: "PUBLISHED" } });
      return { input: { id: published.id }, action: "notice.close", entityType: "Notice" };
    },
  };

  it.each(mutations)("admin.%s writes an audit entry naming the admin", async (path) => {
    const scenario = scenarios[path];
    if (!scenario) throw new Error(`add an audit scenario for the new admin mutation "${path}"`);
    const { input, action, entityType } = await scenario();
    const before = await t.db.auditLog.count({ where: { action, actorId: t.adminId, entityType } });
    const procedure = path
      .split(".")
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], t.admin.admin);
    await (procedure as (input: unknown) => Promise<unknown>)(input);
    expect(await t.db.auditLog.count({ where: { action, actorId: t.adminId, entityType } })).toBe(before + 1);
  });
});
