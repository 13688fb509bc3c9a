import { describe, expect, it } from "vitest";
import { syncUserFromClaims } from "@/server/domain/identity/sync-user-from-claims";
import { makeIdCard } from "../helpers/fixtures";
import { useTestDb } from "../helpers/use-test-db";

const t = useTestDb();

describe("signing in through the identity platform", () => {
  it("creates the person from the ID token claims at first sign-in", async () => {
    const idCard = makeIdCard();
    const { id } = await syncUserFromClaims(t.db, {
      sub: "sub-new",
      name: "陈晨",
      idCardNumber: idCard,
      mobile: "13900000001",
    });
    const user = await t.db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ ssoSubject: "sub-new", name: "陈晨", idCardNumber: idCard, mobile: "13900000001" });
    expect(user.lastSignInAt).toBeInstanceOf(Date);
    const audit = await t.db.auditLog.findFirst({ where: { entityId: id, action: "user.create" } });
    expect(audit?.actorId).toBe(id);
  });

  it("updates name and mobile at the next sign-in instead of creating a second person", async () => {
    const idCard = makeIdCard();
    const first = await syncUserFromClaims(t.db, {
      sub: "sub-again",
      name: "旧名",
      idCardNumber: idCard,
      mobile: "13900000002",
    });
    const second = await syncUserFromClaims(t.db, {
      sub: "sub-again",
      name: "新名",
      idCardNumber: idCard,
      mobile: "13900000003",
    });
    expect(second.id).toBe(first.id);
    const user = await t.db.user.findUniqueOrThrow({ where: { id: first.id } });
    expect(user).toMatchObject({ name: "新名", mobile: "13900000003" });
    expect(await t.db.user.count({ where: { ssoSubject: "sub-again" } })).toBe(1);
  });

  it("links a person an admin registered in advance by 身份证号, keeping their roles", async () => {
    const idCard = makeIdCard();
    const pre = await t.db.user.create({ data: { name: "预登记", idCardNumber: idCard } });
    await t.db.roleAssignment.create({ data: { userId: pre.id, role: "ADMIN", scopeKey: "" } });
    const { id } = await syncUserFromClaims(t.db, {
      sub: "sub-link",
      name: "预登记",
      idCardNumber: idCard.toLowerCase(),
    });
    expect(id).toBe(pre.id);
    const user = await t.db.user.findUniqueOrThrow({ where: { id }, include: { roles: true } });
    expect(user.ssoSubject).toBe("sub-link");
    expect(user.roles.map((r) => r.role)).toEqual(["ADMIN"]);
  });

  it("refuses a second platform account claiming a 身份证号 already linked", async () => {
    const idCard = makeIdCard();
    await syncUserFromClaims(t.db, { sub: "sub-owner", name: "甲", idCardNumber: idCard });
    await expect(syncUserFromClaims(t.db, { sub: "sub-intruder", name: "乙", idCardNumber: idCard })).rejects.toThrow(
      /已绑定其他统一身份认证账号/,
    );
    expect(await t.db.user.count({ where: { ssoSubject: "sub-intruder" } })).toBe(0);
  });
});
