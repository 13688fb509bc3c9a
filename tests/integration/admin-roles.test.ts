import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { maskIdCard } from "@/lib/mask";
import { idCardMessages } from "@/lib/validation/id-card";
import { loadSessionUser } from "@/server/auth/session-user";
import { syncUserFromClaims } from "@/server/domain/identity/sync-user-from-claims";
import { createTestDb, type TestDb } from "../helpers/db";
import { callerFor, grant, makeIdCard, makeOrg, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";

let testDb: TestDb;
let db: PrismaClient;
let adminId: string;
let admin: Awaited<ReturnType<typeof callerFor>>;
let org: Awaited<ReturnType<typeof makeOrg>>;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  const operator = await makeUser(db, "管理员甲");
  await grant(db, operator.id, "ADMIN");
  adminId = operator.id;
  admin = await callerFor(db, operator.id);
  org = await makeOrg(db);
});

afterAll(() => testDb.close());

const noScope = { unitId: "", departmentId: "", committeeId: "" };

describe("授予角色", () => {
  it("an admin makes a person the reviewer of a unit; the role works at their next request and is audited", async () => {
    const person = await makeUser(db, "王审核");
    const granted = await admin.admin.roles.grant({
      userId: person.id,
      role: "UNIT_REVIEWER",
      ...noScope,
      unitId: org.unit.id,
    });
    expect(granted).toMatchObject({ role: "UNIT_REVIEWER", scopeName: org.unit.name });

    const roles = await admin.admin.roles.personRoles({ userId: person.id });
    expect(roles.roles).toEqual([
      expect.objectContaining({ role: "UNIT_REVIEWER", scopeName: org.unit.name, grantedByName: "管理员甲" }),
    ]);
    expect((await loadSessionUser(db, person.id))?.roles).toEqual([
      expect.objectContaining({ role: "UNIT_REVIEWER", unitId: org.unit.id }),
    ]);
    expect(await db.roleAssignment.findUniqueOrThrow({ where: { id: granted.id } })).toMatchObject({
      scopeKey: org.unit.id,
      departmentId: null,
      committeeId: null,
      grantedById: adminId,
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: granted.id } })).toMatchObject({
      action: "role.grant",
      actorId: adminId,
      entityType: "RoleAssignment",
      detail: { person: "王审核", role: "UNIT_REVIEWER", scope: org.unit.name },
    });
  });

  it.each([
    ["UNIT_REVIEWER", "unitId", "请选择推荐单位"],
    ["DEPT_REVIEWER", "departmentId", "请选择主管部门"],
    ["COMMITTEE_MEMBER", "committeeId", "请选择评委会"],
  ] as const)("a %s role needs its organisation (%s)", async (role, field, message) => {
    const person = await makeUser(db);
    expect(await refusal(admin.admin.roles.grant({ userId: person.id, role, ...noScope }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { [field]: [message] },
    });
  });

  it("an organisation that does not exist is refused at its field", async () => {
    const person = await makeUser(db);
    expect(
      await refusal(
        admin.admin.roles.grant({ userId: person.id, role: "COMMITTEE_MEMBER", ...noScope, committeeId: "missing" }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", fieldErrors: { committeeId: ["所选评委会不存在，请刷新后重试"] } });
  });

  it("the ADMIN role is global: scope fields sent along are ignored", async () => {
    const person = await makeUser(db);
    const granted = await admin.admin.roles.grant({
      userId: person.id,
      role: "ADMIN",
      ...noScope,
      unitId: org.unit.id,
    });
    expect(await db.roleAssignment.findUniqueOrThrow({ where: { id: granted.id } })).toMatchObject({
      unitId: null,
      scopeKey: "",
    });
  });

  it("a role the person already holds for that organisation is refused; another organisation is fine", async () => {
    const person = await makeUser(db);
    const other = await makeOrg(db);
    await admin.admin.roles.grant({
      userId: person.id,
      role: "DEPT_REVIEWER",
      ...noScope,
      departmentId: org.department.id,
    });
    expect(
      await refusal(
        admin.admin.roles.grant({
          userId: person.id,
          role: "DEPT_REVIEWER",
          ...noScope,
          departmentId: org.department.id,
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", fieldErrors: { role: ["该人员已拥有此角色"] } });
    await admin.admin.roles.grant({
      userId: person.id,
      role: "DEPT_REVIEWER",
      ...noScope,
      departmentId: other.department.id,
    });
    expect((await admin.admin.roles.personRoles({ userId: person.id })).roles).toHaveLength(2);
  });

  it("a revoked role can be granted again", async () => {
    const person = await makeUser(db);
    const first = await admin.admin.roles.grant({ userId: person.id, role: "ADMIN", ...noScope });
    await admin.admin.roles.revoke({ assignmentId: first.id });
    await admin.admin.roles.grant({ userId: person.id, role: "ADMIN", ...noScope });
    expect(await db.roleAssignment.count({ where: { userId: person.id } })).toBe(2);
  });
});

describe("预登记：给尚未登录的人员授权", () => {
  it("an admin registers a person by name and 身份证号 and grants a role; their first sign-in links to it", async () => {
    const idCard = makeIdCard();
    const { person, role } = await admin.admin.roles.registerAndGrant({
      name: "李评委",
      idCardNumber: idCard.toLowerCase(),
      role: "COMMITTEE_MEMBER",
      ...noScope,
      committeeId: org.committee.id,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      name: "李评委",
      idCardNumber: idCard,
      ssoSubject: null,
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: person.id } })).toMatchObject({
      action: "user.preRegister",
      actorId: adminId,
      entityType: "User",
      detail: { name: "李评委", idCardNumber: maskIdCard(idCard) },
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: role.id } })).toMatchObject({
      action: "role.grant",
    });

    const signedIn = await syncUserFromClaims(db, { sub: "sso-li", name: "李评委", idCardNumber: idCard });
    expect(signedIn.id).toBe(person.id);
    expect((await loadSessionUser(db, person.id))?.roles).toEqual([
      expect.objectContaining({ role: "COMMITTEE_MEMBER", committeeId: org.committee.id }),
    ]);
  });

  it("an invalid 身份证号 is refused at the field with the rule it breaks", async () => {
    const valid = makeIdCard();
    const wrongCheck = valid.slice(0, 17) + (valid[17] === "0" ? "1" : "0");
    expect(
      await refusal(
        admin.admin.roles.registerAndGrant({ name: "张三", idCardNumber: wrongCheck, role: "ADMIN", ...noScope }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { idCardNumber: [idCardMessages.checkDigit] } });
  });

  it("a 身份证号 already known is refused, pointing the admin to search for that person", async () => {
    const known = await makeUser(db, "已登记人员");
    expect(
      await refusal(
        admin.admin.roles.registerAndGrant({
          name: "同号人员",
          idCardNumber: known.idCardNumber!,
          role: "ADMIN",
          ...noScope,
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", fieldErrors: { idCardNumber: [expect.stringContaining("该身份证号已登记")] } });
  });

  it("nothing is registered when the role cannot be granted", async () => {
    const idCard = makeIdCard();
    await refusal(
      admin.admin.roles.registerAndGrant({
        name: "未成功",
        idCardNumber: idCard,
        role: "UNIT_REVIEWER",
        ...noScope,
        unitId: "missing",
      }),
    );
    expect(await db.user.count({ where: { idCardNumber: idCard } })).toBe(0);
  });
});

describe("撤销角色", () => {
  it("an admin revokes a role: the row is kept with who and when, and the revocation is audited", async () => {
    const person = await makeUser(db);
    const granted = await admin.admin.roles.grant({
      userId: person.id,
      role: "UNIT_REVIEWER",
      ...noScope,
      unitId: org.unit.id,
    });
    await admin.admin.roles.revoke({ assignmentId: granted.id });
    const row = await db.roleAssignment.findUniqueOrThrow({ where: { id: granted.id } });
    expect(row.revokedAt).toBeInstanceOf(Date);
    expect(row.revokedById).toBe(adminId);
    expect((await loadSessionUser(db, person.id))?.roles).toEqual([]);
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entityId: granted.id, action: "role.revoke" } }),
    ).toMatchObject({
      actorId: adminId,
      detail: { role: "UNIT_REVIEWER", scope: org.unit.name },
    });
    expect(await refusal(admin.admin.roles.revoke({ assignmentId: granted.id }))).toMatchObject({ code: "CONFLICT" });
  });

  it("an admin cannot revoke their own ADMIN role, but another admin can", async () => {
    const second = await makeUser(db, "管理员乙");
    const secondAdmin = await grant(db, second.id, "ADMIN");
    const secondCaller = await callerFor(db, second.id);
    expect(await refusal(secondCaller.admin.roles.revoke({ assignmentId: secondAdmin.id }))).toMatchObject({
      code: "FORBIDDEN",
      message: "不能撤销自己的系统管理员角色，请由其他管理员操作",
    });
    await admin.admin.roles.revoke({ assignmentId: secondAdmin.id });
    expect(await refusal((await callerFor(db, second.id)).admin.overview())).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("人员查询", () => {
  it("finds people by name or part of the 身份证号 and shows the number masked with their roles", async () => {
    const person = await makeUser(db, "赵查询");
    await admin.admin.roles.grant({
      userId: person.id,
      role: "DEPT_REVIEWER",
      ...noScope,
      departmentId: org.department.id,
    });
    const byName = await admin.admin.roles.searchPeople({ q: "赵查询" });
    expect(byName.items).toEqual([
      {
        id: person.id,
        name: "赵查询",
        idCardMasked: maskIdCard(person.idCardNumber),
        signedIn: true,
        roles: [expect.objectContaining({ role: "DEPT_REVIEWER", scopeName: org.department.name })],
      },
    ]);
    expect(JSON.stringify(byName)).not.toContain(person.idCardNumber);
    const byIdCard = await admin.admin.roles.searchPeople({ q: person.idCardNumber!.slice(-8) });
    expect(byIdCard.items.map((p) => p.id)).toContain(person.id);
  });
});
