import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/env";
import { withErrorResponses } from "@/server/api/errors";
import { endSessionEndpoint } from "@/server/auth/end-session";
import { sessionCookie } from "@/server/auth/options";
import { getDb } from "@/server/db";
import { endSession } from "@/server/domain/identity/end-sessions";

/**
 * 安全退出: ends the app session on the server (a copy of the cookie stops working at once), clears
 * the cookie, then ends the identity platform's session (RP-initiated logout), which sends the
 * browser back to the portal home.
 */
export const POST = withErrorResponses("logout", "text", async (req: NextRequest) => {
  const config = env();
  const appOrigin = new URL(config.APP_URL).origin;
  const origin = req.headers.get("origin");
  // Only the app's own 安全退出 form may sign a person out.
  if (origin && origin !== appOrigin) return new NextResponse("Forbidden", { status: 403 });

  const cookie = sessionCookie(config);
  const token = await getToken({ req, secret: config.NEXTAUTH_SECRET, secureCookie: cookie.secure });
  if (token?.sid) await endSession(getDb(), token.sid, "SIGNED_OUT");
  const home = `${appOrigin}/?signedOut=1`;
  const endpoint = await endSessionEndpoint(config.OIDC_ISSUER);
  let target = home;
  if (endpoint) {
    const url = new URL(endpoint);
    if (token?.idToken) url.searchParams.set("id_token_hint", token.idToken);
    url.searchParams.set("client_id", config.OIDC_CLIENT_ID);
    url.searchParams.set("post_logout_redirect_uri", home);
    target = url.toString();
  }
  const res = NextResponse.redirect(target, 303);
  res.cookies.set(cookie.name, "", { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.secure, maxAge: 0 });
  return res;
});
