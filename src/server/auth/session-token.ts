import "server-only";
import { decode } from "next-auth/jwt";
import type { Env } from "@/env";
import type { Db } from "@/server/db";
import { loadSessionUserBySession, type SessionUser } from "./session-user";

/** The app session a session cookie names, or null for no, expired or tampered cookies. */
export async function sessionIdFromCookie(config: Env, value: string | undefined): Promise<string | null> {
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: config.NEXTAUTH_SECRET });
    return typeof token?.sid === "string" ? token.sid : null;
  } catch {
    return null;
  }
}

/** The signed-in person behind a session cookie, with fresh roles, if that session is still open. */
export async function userFromSessionCookie(
  db: Db,
  config: Env,
  value: string | undefined,
): Promise<SessionUser | null> {
  const sid = await sessionIdFromCookie(config, value);
  return sid ? loadSessionUserBySession(db, sid, config.SESSION_MAX_HOURS) : null;
}
