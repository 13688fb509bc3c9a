import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { maskIdCard } from "@/lib/mask";
import { idCardMessages } from "@/lib/validation/id-card";
import { loadSessionUser } from "@/server/auth/session-user";
import { syncUserFromClaims } from "@/server/domain/identity/sync-user-from-claims";
import { callerFor, grant, makeAdmin, makeIdCard, makeOrg, makeUser } from "../helpers/fixtures";
import { refusal } from "../helpers/trpc-errors";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(async (db) => ({ ...(await makeAdmin(db, "管理员甲")), org: await makeOrg(db) }));

const noScope = { unitId: "", departmentId: "", committeeId: "" };

describe("授予角色", () => {
  it("an admin makes a person the reviewer of a unit; the role works at their next request and is audited", async () => {
    const person = await makeUser(t.db, "王审核");
    const granted = await t.admin.admin.roles.grant({
      userId: person.id,
      role: "UNIT_REVIEWER",
      ...noScope,
      unitId: t.org.unit.id,
    });
    expect(granted).toMatchObject({ role: "UNIT_REVIEWER", scopeName: t.org.unit.name });

    const roles = await t.admin.admin.roles.personRoles({ userId: person.id });
    expect(roles.roles).toEqual([
      expect.objectContaining({ role: "UNIT_REVIEWER", scopeName: t.org.unit.name, grantedByName: "管理员甲" }),
    ]);
    expect((await loadSessionUser(t.db, person.id))?.roles).toEqual([
      expect.objectContaining({ role: "UNIT_REVIEWER", unitId: t.org.unit.id }),
    ]);
    expect(await t.db.roleAssignment.findUniqueOrThrow({ where: { id: granted.id } })).toMatchObject({
      scopeKey: t.org.unit.id,
      departmentId: null,
      committeeId: null,
      grantedById: t.adminId,
    });
    expect(await t.db.auditLog.findFirstOrThrow({ where: { entityId: granted.id } })).toMatchObject({
      action: "role.grant",
      actorId: t.adminId,
      entityType: "RoleAssignment",
      detail: { person: "王审核", role: "UNIT_REVIEWER", scope: t.org.unit.name },
    });
  });

  it.each([
    ["UNIT_REVIEWER", "unitId", "请选择推荐单位"],
    ["DEPT_REVIEWER", "departmentId", "请选择主管部门"],
    ["COMMITTEE_MEMBER", "committeeId", "请选择评委会"],
  ] as const)("a %s role needs its organisation (%s)", async (role, field, message) => {
    const person = await makeUser(t.db);
    expect(await refusal(t.admin.admin.roles.grant({ userId: person.id, role, ...noScope }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { [field]: [message] },
    });
  });

  it("an organisation that does not exist is refused at its field", async () => {
    const person = await makeUser(t.db);
    expect(
      await refusal(
        t.admin.admin.roles.grant({
          userId: person.id,
          role: "COMMITTEE_MEMBER",
          ...noScope,
          committeeId: randomUUID(),
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", fieldErrors: { committeeId: ["所选评委会不存在，请刷新后重试"] } });
  });

  it("the ADMIN role is global: scope fields sent along are ignored", async () => {
    const person = await makeUser(t.db);
    const granted = await t.admin.admin.roles.grant({
      userId: person.id,
      role: "ADMIN",
      ...noScope,
      unitId: t.org.unit.id,
    });
    expect(await t.db.roleAssignment.findUniqueOrThrow({ where: { id: granted.id } })).toMatchObject({
      unitId: null,
      scopeKey: "",
    });
  });

  it("a role the person already holds for that organisation is refused; another organisation is fine", async () => {
    const person = await makeUser(t.db);
    const other = await makeOrg(t.db);
    await t.admin.admin.roles.grant({
      userId: person.id,
      role: "DEPT_REVIEWER",
      ...noScope,
      departmentId: t.org.department.id,
    });
    expect(
      await refusal(
        t.admin.admin.roles.grant({
          userId: person.id,
          role: "DEPT_REVIEWER",
          ...noScope,
          departmentId: t.org.department.id,
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", fieldErrors: { role: ["该人员已拥有此角色"] } });
    await t.admin.admin.roles.grant({
      userId: person.id,
      role: "DEPT_REVIEWER",
      ...noScope,
      departmentId: other.department.id,
    });
    expect((await t.admin.admin.roles.personRoles({ userId: person.id })).roles).toHaveLength(2);
  });

  it("a revoked role can be granted again", async () => {
    const person = await makeUser(t.db);
    const first = await t.admin.admin.roles.grant({ userId: person.id, role: "ADMIN", ...noScope });
    await t.admin.admin.roles.revoke({ assignmentId: first.id });
    await t.admin.admin.roles.grant({ userId: person.id, role: "ADMIN", ...noScope });
    expect(await t.db.roleAssignment.count({ where: { userId: person.id } })).toBe(2);
  });
});

describe("预登记：给尚未登录的人员授权", () => {
  it("an admin registers a person by name and 身份证号 and grants a role; their first sign-in links to it", async () => {
    const idCard = makeIdCard();
    const { person, role } = await t.admin.admin.roles.registerAndGrant({
      name: "李评委",
      idCardNumber: idCard.toLowerCase(),
      role: "COMMITTEE_MEMBER",
      ...noScope,
      committeeId: t.org.committee.id,
    });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      name: "李评委",
      idCardNumber: idCard,
      ssoSubject: null,
    });
    expect(await t.db.auditLog.findFirstOrThrow({ where: { entityId: person.id } })).toMatchObject({
      action: "user.preRegister",
      actorId: t.adminId,
      entityType: "User",
      detail: { name: "李评委", idCardNumber: maskIdCard(idCard) },
    });
    expect(await t.db.auditLog.findFirstOrThrow({ where: { entityId: role.id } })).toMatchObject({
      action: "role.grant",
    });

    const signedIn = await syncUserFromClaims(t.db, { sub: "sso-li", name: "李评委", idCardNumber: idCard });
    expect(signedIn.id).toBe(person.id);
    expect((await loadSessionUser(t.db, person.id))?.roles).toEqual([
      expect.objectContaining({ role: "COMMITTEE_MEMBER", committeeId: t.org.committee.id }),
    ]);
  });

  it("an invalid 身份证号 is refused at the field with the rule it breaks", async () => {
    const valid = makeIdCard();
    const wrongCheck = valid.slice(0, 17) + (valid[17] === "0" ? "1" : "0");
    expect(
      await refusal(
        t.admin.admin.roles.registerAndGrant({ name: "张三", idCardNumber: wrongCheck, role: "ADMIN", ...noScope }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { idCardNumber: [idCardMessages.checkDigit] } });
  });

  it("a 身份证号 already known is refused, pointing the admin to search for that person", async () => {
    const known = await makeUser(t.db, "已登记人员");
    expect(
      await refusal(
        t.admin.admin.roles.registerAndGrant({
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
      t.admin.admin.roles.registerAndGrant({
        name: "未成功",
        idCardNumber: idCard,
        role: "UNIT_REVIEWER",
        ...noScope,
        unitId: randomUUID(),
      }),
    );
    expect(await t.db.user.count({ where: { idCardNumber: idCard } })).toBe(0);
  });
});

describe("撤销角色", () => {
  it("an admin revokes a role: the row is kept with who and when, and the revocation is audited", async () => {
    const person = await makeUser(t.db);
    const granted = await t.admin.admin.roles.grant({
      userId: person.id,
      role: "UNIT_REVIEWER",
      ...noScope,
      unitId: t.org.unit.id,
    });
    await t.admin.admin.roles.revoke({ assignmentId: granted.id });
    const row = await t.db.roleAssignment.findUniqueOrThrow({ where: { id: granted.id } });
    expect(row.revokedAt).toBeInstanceOf(Date);
    expect(row.revokedById).toBe(t.adminId);
    expect((await loadSessionUser(t.db, person.id))?.roles).toEqual([]);
    expect(
      await t.db.auditLog.findFirstOrThrow({ where: { entityId: granted.id, action: "role.revoke" } }),
    ).toMatchObject({
      actorId: t.adminId,
      detail: { role: "UNIT_REVIEWER", scope: t.org.unit.name },
    });
    expect(await refusal(t.admin.admin.roles.revoke({ assignmentId: granted.id }))).toMatchObject({ code: "CONFLICT" });
  });

  it("an admin cannot revoke their own ADMIN role, but another admin can", async () => {
    const second = await makeUser(t.db, "管理员乙");
    const secondAdmin = await grant(t.db, second.id, "ADMIN");
    const secondCaller = await callerFor(t.db, second.id);
    expect(await refusal(secondCaller.admin.roles.revoke({ assignmentId: secondAdmin.id }))).toMatchObject({
      code: "FORBIDDEN",
      message: "不能撤销自己的系统管理员角色，请由其他管理员操作",
    });
    await t.admin.admin.roles.revoke({ assignmentId: secondAdmin.id });
    expect(await refusal((await callerFor(t.db, second.id)).admin.overview())).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("人员查询", () => {
  it("finds people by name, by mobile or by the whole 身份证号, and shows the number masked with their roles", async () => {
    const person = await makeUser(t.db, "赵查询");
    await t.db.user.update({ where: { id: person.id }, data: { mobile: "13912345678" } });
    await t.admin.admin.roles.grant({
      userId: person.id,
      role: "DEPT_REVIEWER",
      ...noScope,
      departmentId: t.org.department.id,
    });
    const byName = await t.admin.admin.roles.searchPeople({ q: "查询" });
    expect(byName.items).toEqual([
      {
        id: person.id,
        name: "赵查询",
        idCardMasked: maskIdCard(person.idCardNumber),
        signedIn: true,
        roles: [expect.objectContaining({ role: "DEPT_REVIEWER", scopeName: t.org.department.name })],
      },
    ]);
    expect(JSON.stringify(byName)).not.toContain(person.idCardNumber);
    const idCard = person.idCardNumber!;
    for (const q of [idCard, idCard.toLowerCase(), ` ${idCard} `, "13912345678"]) {
      const found = await t.admin.admin.roles.searchPeople({ q });
      expect(
        found.items.map((p) => p.id),
        q,
      ).toEqual([person.id]);
    }
  });

  it("never matches part of a 身份证号, so a masked number cannot be recovered digit by digit", async () => {
    const person = await makeUser(t.db, "钱保密");
    const idCard = person.idCardNumber!;
    const masked = maskIdCard(idCard);
    const known = masked.slice(0, 4);
    // What the attack tried: the masked number's visible head plus one more digit, then the tail,
    // and any other part of the number or of the mobile.
    const guesses = [
      ...Array.from({ length: 10 }, (_, d) => `${known}${d}`),
      idCard.slice(0, 17),
      idCard.slice(1),
      idCard.slice(6, 14),
      idCard.slice(-4),
      "1380013",
      "3800138000",
    ];
    for (const q of guesses) {
      const found = await t.admin.admin.roles.searchPeople({ q });
      expect(
        found.items.map((p) => p.id),
        q,
      ).not.toContain(person.id);
    }
  });
});
