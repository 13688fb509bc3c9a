import "server-only";
import type { Env } from "@/env";
import type { Db } from "@/server/db";
import { endPlatformSessions } from "@/server/domain/identity/end-sessions";
import { InvalidLogoutToken, verifyLogoutToken } from "./logout-token";

const noStore = { "cache-control": "no-store" };

/**
 * OpenID Connect Back-Channel Logout 1.0: the identity platform posts a signed logout token when a
 * person's sessions end there (password reset, sign-out at the platform); the app sessions it
 * names end at once. 200 when handled (also when no session matched), 400 for a token that does
 * not verify, 503 when the platform's discovery cannot be read to verify it.
 */
export async function handleBackchannelLogout(req: Request, config: Env, db: Db): Promise<Response> {
  const form = await req.formData().catch(() => null);
  const token = form?.get("logout_token");
  if (typeof token !== "string" || !token) {
    return Response.json({ error: "invalid_request" }, { status: 400, headers: noStore });
  }
  let target: { sub?: string; sid?: string };
  try {
    target = await verifyLogoutToken(config, token);
  } catch (error) {
    const invalid = error instanceof InvalidLogoutToken;
    const reason = invalid ? error.message : `platform discovery failed: ${String(error)}`;
    console.warn(JSON.stringify({ event: "sso.backchannel_logout_refused", issuer: config.OIDC_ISSUER, reason }));
    return Response.json(
      { error: invalid ? "invalid_request" : "temporarily_unavailable" },
      { status: invalid ? 400 : 503, headers: noStore },
    );
  }
  const ended = await endPlatformSessions(db, target);
  console.info(JSON.stringify({ event: "sso.backchannel_logout", sub: target.sub, sid: target.sid, ended }));
  return new Response(null, { status: 200, headers: noStore });
}
