import { type NextRequest, NextResponse } from "next/server";
import { encode, getToken } from "next-auth/jwt";
import { env } from "@/env";
import { newNonce, pageSecurityHeaders } from "@/server/api/security-headers";
import { sessionCookie } from "@/server/auth/options";

/**
 * Runs before every page and API request:
 * - sets the security headers, with a Content-Security-Policy whose nonce is new for this request;
 *   Next.js reads the policy from the request headers and puts the nonce on the scripts it renders;
 * - slides the session's expiry, so it ends only after SESSION_IDLE_MINUTES without activity;
 * - passes the requested path to server components, so a sign-in redirect can come back to it.
 */
export async function proxy(req: NextRequest) {
  const config = env();
  const security = pageSecurityHeaders(config, newNonce());
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
  requestHeaders.set("content-security-policy", security["Content-Security-Policy"]);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(security)) res.headers.set(name, value);

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
