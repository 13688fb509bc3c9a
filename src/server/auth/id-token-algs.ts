import "server-only";
import type { JWS_ALGS } from "@/env";

type Alg = (typeof JWS_ALGS)[number];

/** Symmetric algorithms are keyed with the client secret: accepted only when configured by name. */
const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^(EdDSA|Ed25519)$/;

/**
 * The signature algorithms accepted on the platform's ID tokens and logout tokens: the configured
 * list (OIDC_ID_TOKEN_ALGS) if any; otherwise the asymmetric algorithms the platform's discovery
 * advertises (id_token_signing_alg_values_supported); otherwise RS256, OpenID Connect's default.
 * "none" is never accepted.
 */
export function acceptedIdTokenAlgs(configured: readonly Alg[] | undefined, advertised: unknown): string[] {
  if (configured?.length) return [...configured];
  const offered = Array.isArray(advertised)
    ? advertised.filter((a): a is string => typeof a === "string" && ASYMMETRIC.test(a))
    : [];
  return offered.length ? offered : ["RS256"];
}
