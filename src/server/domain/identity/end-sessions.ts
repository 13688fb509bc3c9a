import "server-only";
/*
 * Ending a session is a conditional update on `revokedAt IS NULL`: the first reason recorded wins,
 * and ending an already ended session (a replayed logout token, 安全退出 clicked twice) changes nothing.
 * Each function returns how many sessions it ended.
 */
import type { Prisma, SessionEndReason } from "@/generated/prisma/client";

type SessionWriter = Pick<Prisma.TransactionClient, "userSession">;

/** 安全退出: ends exactly the session of this browser. */
export async function endSession(db: SessionWriter, sessionId: string, reason: SessionEndReason, now = new Date()) {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count;
}

/** Ends every open session of the person (a role revoked: call it inside that transaction). */
export async function endUserSessions(db: SessionWriter, userId: string, reason: SessionEndReason, now = new Date()) {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count;
}

/**
 * Back-channel logout from the identity platform: `sid` names one platform session (the app
 * sessions it signed in), `sub` alone names the person (all their sessions); with both, the
 * session must also belong to that person, so a token cannot end someone else's session.
 */
export async function endPlatformSessions(
  db: SessionWriter,
  target: { sub?: string; sid?: string },
  now = new Date(),
): Promise<number> {
  if (!target.sub && !target.sid) return 0;
  const { count } = await db.userSession.updateMany({
    where: {
      revokedAt: null,
      ...(target.sid ? { ssoSessionId: target.sid } : {}),
      ...(target.sub ? { user: { ssoSubject: target.sub } } : {}),
    },
    data: { revokedAt: now, revokedReason: "PLATFORM_LOGOUT" },
  });
  return count;
}
