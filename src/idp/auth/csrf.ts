import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "koa";

const COOKIE = "idp_csrf";

const cookieOptions = { httpOnly: true, sameSite: "lax" as const, path: "/", overwrite: true, signed: false };

/**
 * Double-submit token: the page embeds the value of an HttpOnly cookie that another site can
 * neither read nor set, and every POST must echo it.
 */
export function csrfToken(ctx: Context): string {
  const existing = ctx.cookies.get(COOKIE, { signed: false });
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomBytes(32).toString("base64url");
  ctx.cookies.set(COOKIE, token, cookieOptions);
  return token;
}

export function csrfValid(ctx: Context, submitted: unknown): boolean {
  const cookie = ctx.cookies.get(COOKIE, { signed: false });
  if (!cookie || typeof submitted !== "string") return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
