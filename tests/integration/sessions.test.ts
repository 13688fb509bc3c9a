import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import { userFromSessionCookie } from "@/server/auth/session-token";
import { loadSessionUserBySession } from "@/server/auth/session-user";
import { endPlatformSessions, endSession } from "@/server/domain/identity/end-sessions";
import { startSession } from "@/server/domain/identity/start-session";
import { createTestDb, type TestDb } from "../helpers/db";
import { callerFor, grant, makeOrg, makeUser } from "../helpers/fixtures";

const config = parseEnv({ NEXTAUTH_SECRET: "sessions-test-secret-sessions-test-secret", SESSION_MAX_HOURS: "12" });
const HOUR = 60 * 60 * 1000;

let t: TestDb;
let db: PrismaClient;
beforeAll(async () => {
  t = await createTestDb({ countQueries: true });
  db = t.db;
});
afterAll(() => t.close());

/** The session cookie a browser holds after signing in (what an attacker would copy). */
const cookieFor = (sid: string) => encode({ token: { sid, name: "x" }, secret: config.NEXTAUTH_SECRET, maxAge: 1800 });

async function signedIn(name = "会话用户", ssoSessionId?: string) {
  const person = await makeUser(db, name);
  const session = await startSession(db, { ssoSubject: person.ssoSubject ?? "", ssoSessionId });
  return { person, session, cookie: await cookieFor(session.id) };
}

describe("sessions end on the server", () => {
  it("a copied session cookie stops working after 安全退出, while the person's other browsers stay signed in", async () => {
    const { person, session, cookie } = await signedIn();
    const other = await startSession(db, { ssoSubject: person.ssoSubject ?? "" });
    expect((await userFromSessionCookie(db, config, cookie))?.id).toBe(person.id);

    expect(await endSession(db, session.id, "SIGNED_OUT")).toBe(1);

    expect(await userFromSessionCookie(db, config, cookie)).toBeNull();
    expect((await userFromSessionCookie(db, config, await cookieFor(other.id)))?.id).toBe(person.id);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      revokedReason: "SIGNED_OUT",
      revokedAt: expect.any(Date),
    });
    // Signing out twice changes nothing and keeps the first reason.
    expect(await endSession(db, session.id, "ROLE_REVOKED")).toBe(0);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedReason).toBe("SIGNED_OUT");
  });

  it("a session ends SESSION_MAX_HOURS after sign-in however active it is", async () => {
    const signInAt = new Date("2026-11-28T08:00:00Z");
    const person = await makeUser(db);
    const session = await startSession(db, { ssoSubject: person.ssoSubject ?? "" }, signInAt);
    const at = (hours: number) => new Date(signInAt.getTime() + hours * HOUR);
    expect((await loadSessionUserBySession(db, session.id, 12, at(11.9)))?.id).toBe(person.id);
    expect(await loadSessionUserBySession(db, session.id, 12, at(12))).toBeNull();
    expect(await loadSessionUserBySession(db, session.id, 24, at(12))).not.toBeNull();
  });

  it("a cookie from before server-side sessions (no session id), or naming no session, signs nobody in", async () => {
    const person = await makeUser(db);
    const legacy = await encode({ token: { uid: person.id }, secret: config.NEXTAUTH_SECRET, maxAge: 1800 });
    expect(await userFromSessionCookie(db, config, legacy)).toBeNull();
    expect(await userFromSessionCookie(db, config, await cookieFor("no-such-session"))).toBeNull();
    expect(await userFromSessionCookie(db, config, "not-a-cookie")).toBeNull();
  });

  it("an admin revoking a role ends all the person's sessions", async () => {
    const operator = await makeUser(db, "管理员");
    await grant(db, operator.id, "ADMIN");
    const admin = await callerFor(db, operator.id);
    const { unit } = await makeOrg(db);
    const { person, cookie } = await signedIn("被撤销者");
    const second = await startSession(db, { ssoSubject: person.ssoSubject ?? "" });
    const assignment = await grant(db, person.id, "UNIT_REVIEWER", { unitId: unit.id });
    const bystander = await signedIn("旁观者");

    await admin.admin.roles.revoke({ assignmentId: assignment.id });

    expect(await userFromSessionCookie(db, config, cookie)).toBeNull();
    expect(await userFromSessionCookie(db, config, await cookieFor(second.id))).toBeNull();
    const reasons = await db.userSession.findMany({ where: { userId: person.id }, select: { revokedReason: true } });
    expect(reasons.map((r) => r.revokedReason)).toEqual(["ROLE_REVOKED", "ROLE_REVOKED"]);
    expect(await userFromSessionCookie(db, config, bystander.cookie)).not.toBeNull();
  });

  it("the platform's logout names one platform session (sid) or every session of a person (sub)", async () => {
    const a = await signedIn("甲", "platform-session-a");
    const a2 = await startSession(db, { ssoSubject: a.person.ssoSubject ?? "", ssoSessionId: "platform-session-a2" });
    const b = await signedIn("乙", "platform-session-b");

    expect(await endPlatformSessions(db, { sid: "platform-session-a" })).toBe(1);
    expect(await userFromSessionCookie(db, config, a.cookie)).toBeNull();
    expect(await userFromSessionCookie(db, config, await cookieFor(a2.id))).not.toBeNull();

    // A sid together with someone else's sub ends nothing.
    expect(await endPlatformSessions(db, { sub: a.person.ssoSubject ?? "", sid: "platform-session-b" })).toBe(0);
    expect(await userFromSessionCookie(db, config, b.cookie)).not.toBeNull();

    expect(await endPlatformSessions(db, { sub: a.person.ssoSubject ?? "" })).toBe(1);
    expect(await userFromSessionCookie(db, config, await cookieFor(a2.id))).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: a2.id } })).revokedReason).toBe("PLATFORM_LOGOUT");
    expect(await endPlatformSessions(db, {})).toBe(0);
    expect(await userFromSessionCookie(db, config, b.cookie)).not.toBeNull();
  });

  it("checking the session costs no extra round trip: session, person and roles are one statement", async () => {
    const { unit } = await makeOrg(db);
    const { person, session } = await signedIn("审核人");
    await grant(db, person.id, "UNIT_REVIEWER", { unitId: unit.id });
    let roles: unknown;
    const statements = await t.countQueries(async () => {
      roles = (await loadSessionUserBySession(db, session.id, 12))?.roles;
    });
    expect(statements).toBe(1);
    expect(roles).toEqual([expect.objectContaining({ role: "UNIT_REVIEWER", scopeName: unit.name })]);
  });

  it("a sign-in prunes the person's sessions that ended more than 30 days ago", async () => {
    const person = await makeUser(db);
    const sub = person.ssoSubject ?? "";
    const old = await startSession(db, { ssoSubject: sub }, new Date(Date.now() - 31 * 24 * HOUR));
    const recent = await startSession(db, { ssoSubject: sub }, new Date(Date.now() - 2 * 24 * HOUR));
    await startSession(db, { ssoSubject: sub });
    const left = await db.userSession.findMany({ where: { userId: person.id }, select: { id: true } });
    expect(left.map((s) => s.id)).not.toContain(old.id);
    expect(left.map((s) => s.id)).toContain(recent.id);
    expect(left).toHaveLength(2);
  });
});
