import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

/** Ended or expired sessions are kept this long as history, then pruned at the person's next sign-in. */
const KEEP_DAYS = 30;

/**
 * Opens a session for the person the identity platform just signed in (`sub`), remembering the
 * platform's session id so a back-channel logout naming it ends this session too.
 */
export async function startSession(
  db: Db,
  input: { ssoSubject: string; ssoSessionId?: string | null },
  now = new Date(),
): Promise<{ id: string; userId: string }> {
  const user = await db.user.findUnique({ where: { ssoSubject: input.ssoSubject }, select: { id: true } });
  if (!user) throw new AppError("UNAUTHORIZED", "登录信息已失效，请重新登录");
  const keepFrom = new Date(now.getTime() - KEEP_DAYS * 24 * 60 * 60 * 1000);
  const [, session] = await db.$transaction([
    db.userSession.deleteMany({ where: { userId: user.id, createdAt: { lt: keepFrom } } }),
    db.userSession.create({
      data: { userId: user.id, ssoSessionId: input.ssoSessionId ?? null, createdAt: now },
      select: { id: true, userId: true },
    }),
  ]);
  return session;
}
