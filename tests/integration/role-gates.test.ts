import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../helpers/db";
import { callerFor, grant, makeOrg, makeUser } from "../helpers/fixtures";

let t: TestDb;
let org: Awaited<ReturnType<typeof makeOrg>>;
let otherOrg: Awaited<ReturnType<typeof makeOrg>>;

beforeAll(async () => {
  t = await createTestDb();
  org = await makeOrg(t.db);
  otherOrg = await makeOrg(t.db);
});
afterAll(() => t.close());

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
    await grant(t.db, reviewer.id, "UNIT_REVIEWER", { unitId: org.unit.id });
    const api = await callerFor(t.db, reviewer.id);
    const units = await api.workspace.unit();
    expect(units.map((u) => u.id)).toEqual([org.unit.id]);
    expect(units.some((u) => u.id === otherOrg.unit.id)).toBe(false);
    expect(await codeOf(api.workspace.dept())).toBe("FORBIDDEN");
  });

  it("takes a revoked role away at the next request", async () => {
    const member = await makeUser(t.db, "评委");
    const role = await grant(t.db, member.id, "COMMITTEE_MEMBER", { committeeId: org.committee.id });
    expect((await (await callerFor(t.db, member.id)).workspace.committee()).map((c) => c.id)).toEqual([
      org.committee.id,
    ]);
    await t.db.roleAssignment.update({ where: { id: role.id }, data: { revokedAt: new Date() } });
    expect(await codeOf((await callerFor(t.db, member.id)).workspace.committee())).toBe("FORBIDDEN");
  });
});

describe("role assignment rules held by the database", () => {
  it("allows one active assignment of a role per scope, and a new one after revoking", async () => {
    const person = await makeUser(t.db);
    const first = await grant(t.db, person.id, "DEPT_REVIEWER", { departmentId: org.department.id });
    await expect(grant(t.db, person.id, "DEPT_REVIEWER", { departmentId: org.department.id })).rejects.toThrow();
    await grant(t.db, person.id, "DEPT_REVIEWER", { departmentId: otherOrg.department.id });
    await t.db.roleAssignment.update({ where: { id: first.id }, data: { revokedAt: new Date() } });
    await grant(t.db, person.id, "DEPT_REVIEWER", { departmentId: org.department.id });
    expect(await t.db.roleAssignment.count({ where: { userId: person.id } })).toBe(3);
  });

  it("rejects a role scoped to the wrong kind of organisation", async () => {
    const person = await makeUser(t.db);
    await expect(
      t.db.roleAssignment.create({
        data: {
          userId: person.id,
          role: "UNIT_REVIEWER",
          scopeKey: org.department.id,
          departmentId: org.department.id,
        },
      }),
    ).rejects.toThrow();
    await expect(
      t.db.roleAssignment.create({
        data: { userId: person.id, role: "ADMIN", scopeKey: org.unit.id, unitId: org.unit.id },
      }),
    ).rejects.toThrow();
  });
});
