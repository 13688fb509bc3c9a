import "server-only";
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import type { Env } from "@/env";
import { platformMetadata } from "./discovery";
import { acceptedIdTokenAlgs } from "./id-token-algs";

const BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

/** Key sets by URL: jose refetches one when a token names an unknown key (key rotation). */
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySet(url: string) {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url));
    keySets.set(url, set);
  }
  return set;
}

export class InvalidLogoutToken extends Error {
  override name = "InvalidLogoutToken";
}

/**
 * Validates a back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6):
 * signed by the platform's key with an accepted algorithm, issued by the platform for this client,
 * recent (iat), with the back-channel logout event, a jti, no nonce (so an ID token cannot be
 * replayed as a logout token), and naming a `sub`, a `sid` or both. Returns whom it logs out.
 */
export async function verifyLogoutToken(config: Env, token: string): Promise<{ sub?: string; sid?: string }> {
  const metadata = await platformMetadata(config.OIDC_ISSUER);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keySet(metadata.jwks_uri), {
      issuer: metadata.issuer,
      audience: config.OIDC_CLIENT_ID,
      algorithms: acceptedIdTokenAlgs(config.OIDC_ID_TOKEN_ALGS, metadata.id_token_signing_alg_values_supported),
      maxTokenAge: "5 minutes",
      requiredClaims: ["iat", "jti", "events"],
    }));
  } catch (error) {
    throw new InvalidLogoutToken(String(error));
  }
  const events = payload.events as Record<string, unknown> | undefined;
  const event = events?.[BACKCHANNEL_LOGOUT_EVENT];
  if (typeof event !== "object" || event === null) throw new InvalidLogoutToken("no back-channel logout event");
  if ("nonce" in payload) throw new InvalidLogoutToken("a logout token carries no nonce");
  const sub = typeof payload.sub === "string" && payload.sub ? payload.sub : undefined;
  const sid = typeof payload.sid === "string" && payload.sid ? payload.sid : undefined;
  if (!sub && !sid) throw new InvalidLogoutToken("names neither sub nor sid");
  return { sub, sid };
}
