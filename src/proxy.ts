import { type NextRequest, NextResponse } from "next/server";
import { encode, getToken } from "next-auth/jwt";
import { env } from "@/env";
import { sessionCookie } from "@/server/auth/options";

/**
 * Runs before every page and API request:
 * - slides the session's expiry, so it ends only after SESSION_IDLE_MINUTES without activity;
 * - passes the requested path to server components, so a sign-in redirect can come back to it.
 */
export async function proxy(req: NextRequest) {
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
  const res = NextResponse.next({ request: { headers: requestHeaders } });

  const config = env();
  const cookie = sessionCookie(config);
  const token = await getToken({ req, secret: config.NEXTAUTH_SECRET, secureCookie: cookie.secure });
  if (token) {
    const maxAge = config.SESSION_IDLE_MINUTES * 60;
    const value = await encode({ token, secret: config.NEXTAUTH_SECRET, maxAge });
    res.cookies.set(cookie.name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.secure, maxAge });
  }
  return res;
}

export const config = {
  // next-auth manages its own cookie on /api/auth; logout must not re-issue the session it clears.
  // Uploads and downloads under /api/files stream: the proxy would buffer (and cap) their bodies.
  matcher: ["/((?!_next/|favicon.ico|api/auth/|api/logout|api/files).*)"],
};
