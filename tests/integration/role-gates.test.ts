import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerFor, grant, makeOrg, makeUser } from "../helpers/fixtures";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb(async (db) => ({ org: await makeOrg(db), otherOrg: await makeOrg(db) }));

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

describe("role-scoped procedures", () => {
  it("asks a signed-out caller to sign in", async () => {
    const anonymous = await callerFor(t.db, null);
    expect(await codeOf(anonymous.me.get())).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.notice.listOpen())).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.workspace.unit())).toBe("UNAUTHORIZED");
  });

  it("refuses every workspace to a plain applicant", async () => {
    const applicant = await makeUser(t.db);
    const api = await callerFor(t.db, applicant.id);
    expect((await api.me.get()).roles).toEqual([]);
    for (const call of [api.workspace.unit(), api.workspace.dept(), api.workspace.committee()]) {
      expect(await codeOf(call)).toBe("FORBIDDEN");
    }
  });

  it("shows a unit reviewer only the unit they are scoped to", async () => {
    const reviewer = await makeUser(t.db, "单位审核人");
    await grant(t.db, reviewer.id, "UNIT_REVIEWER", { unitId: t.org.unit.id });
    const api = await callerFor(t.db, reviewer.id);
    const units = await api.workspace.unit();
    expect(units.map((u) => u.id)).toEqual([t.org.unit.id]);
    expect(units.some((u) => u.id === t.otherOrg.unit.id)).toBe(false);
    expect(await codeOf(api.workspace.dept())).toBe("FORBIDDEN");
  });

  it("takes a revoked role away at the next request", async () => {
    const member = await makeUser(t.db, "评委");
    const role = await grant(t.db, member.id, "COMMITTEE_MEMBER", { committeeId: t.org.committee.id });
    expect((await (await callerFor(t.db, member.id)).workspace.committee()).map((c) => c.id)).toEqual([
      t.org.committee.id,
    ]);
    await t.db.roleAssignment.update({ where: { id: role.id }, data: { revokedAt: new Date() } });
    expect(await codeOf((await callerFor(t.db, member.id)).workspace.committee())).toBe("FORBIDDEN");
  });
});

describe("role assignment rules held by the database", () => {
  it("allows one active assignment of a role per scope, and a new one after revoking", async () => {
    const person = await makeUser(t.db);
    const first = await grant(t.db, person.id, "DEPT_REVIEWER", { departmentId: t.org.department.id });
    await expect(grant(t.db, person.id, "DEPT_REVIEWER", { departmentId: t.org.department.id })).rejects.toThrow();
    await grant(t.db, person.id, "DEPT_REVIEWER", { departmentId: t.otherOrg.department.id });
    await t.db.roleAssignment.update({ where: { id: first.id }, data: { revokedAt: new Date() } });
    await grant(t.db, person.id, "DEPT_REVIEWER", { departmentId: t.org.department.id });
    expect(await t.db.roleAssignment.count({ where: { userId: person.id } })).toBe(3);
  });

  it("rejects a role scoped to the wrong kind of organisation", async () => {
    const person = await makeUser(t.db);
    await expect(
      t.db.roleAssignment.create({
        data: {
          userId: person.id,
          role: "UNIT_REVIEWER",
          scopeKey: t.org.department.id,
          departmentId: t.org.department.id,
        },
      }),
    ).rejects.toThrow();
    await expect(
      t.db.roleAssignment.create({
        data: { userId: person.id, role: "ADMIN", scopeKey: t.org.unit.id, unitId: t.org.unit.id },
      }),
    ).rejects.toThrow();
  });
});
