import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { adminRouter } from "@/server/api/routers/admin";
import { callerFor, grant, makeAdmin, makeOrg, makeUser } from "../helpers/fixtures";
import { useTestDb } from "../helpers/use-test-db";

/**
 * 管理后台 is for 系统管理员 only. The table is the router's own procedure list, so a procedure
 * added later is covered without touching this file.
 */
const procedures = Object.keys(adminRouter._def.procedures);

type Caller = Awaited<ReturnType<typeof callerFor>>;

/** Calls `admin.<path>` with a plausible input; the role check must refuse before input is read. */
function callAdmin(caller: Caller, path: string) {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller.admin);
  return (procedure as (input: unknown) => Promise<unknown>)({ id: "x", userId: "x", assignmentId: "x" });
}

async function errorCode(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof TRPCError ? error.code : error;
}

const t = useTestDb(async (db) => {
  const org = await makeOrg(db);
  const reviewer = await makeUser(db, "单位审核人");
  await grant(db, reviewer.id, "UNIT_REVIEWER", { unitId: org.unit.id });
  return {
    applicant: await callerFor(db, (await makeUser(db, "申报人")).id),
    unitReviewer: await callerFor(db, reviewer.id),
    signedOut: await callerFor(db, null),
    admin: (await makeAdmin(db)).admin,
  };
});

describe("who may use 管理后台", () => {
  it("lists every admin procedure in the table", () => {
    expect(procedures).toEqual(
      expect.arrayContaining(["overview", "units.create", "roles.revoke", "notices.publish", "audit.list"]),
    );
  });

  it.each(procedures)("a plain applicant is refused admin.%s", async (path) => {
    expect(await errorCode(callAdmin(t.applicant, path))).toBe("FORBIDDEN");
  });

  it.each(procedures)("a unit reviewer is refused admin.%s", async (path) => {
    expect(await errorCode(callAdmin(t.unitReviewer, path))).toBe("FORBIDDEN");
  });

  it.each(procedures)("a signed-out visitor must sign in for admin.%s", async (path) => {
    expect(await errorCode(callAdmin(t.signedOut, path))).toBe("UNAUTHORIZED");
  });

  it("an admin reaches the admin procedures", async () => {
    const overview = await t.admin.admin.overview();
    expect(overview).toMatchObject({ units: 1, departments: 1, committees: 1, activeAdmins: 1 });
  });

  it("a revoked admin loses access at the next request", async () => {
    const former = await makeUser(t.db, "前管理员");
    const assignment = await grant(t.db, former.id, "ADMIN");
    await t.db.roleAssignment.update({ where: { id: assignment.id }, data: { revokedAt: new Date() } });
    expect(await errorCode((await callerFor(t.db, former.id)).admin.overview())).toBe("FORBIDDEN");
  });
});
