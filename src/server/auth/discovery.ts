import "server-only";

/** The parts of the identity platform's OpenID discovery document the app reads. */
export type PlatformMetadata = {
  issuer: string;
  jwks_uri: string;
  end_session_endpoint?: string;
  id_token_signing_alg_values_supported?: string[];
};

/** A good document is reused this long, so a changed endpoint or key set is picked up without a restart. */
const FRESH_MS = 10 * 60 * 1000;

let cached: { issuer: string; metadata: PlatformMetadata; fetchedAt: number } | undefined;

const sameIssuer = (a: string, b: string) => a.replace(/\/$/, "") === b.replace(/\/$/, "");

/**
 * The platform's discovery document. Only a good answer is cached, and a failed refresh drops the
 * cached one: what a platform that cannot be reached used to say (its end-session endpoint, its
 * key set) is not something to keep acting on. Throws when the platform cannot be reached or
 * answers with something other than its own discovery document.
 */
export async function platformMetadata(issuer: string, now = Date.now()): Promise<PlatformMetadata> {
  if (cached && cached.issuer === issuer && now - cached.fetchedAt < FRESH_MS) return cached.metadata;
  cached = undefined;
  const res = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw new Error(`discovery answered HTTP ${res.status}`);
  const doc = (await res.json()) as Partial<PlatformMetadata>;
  if (typeof doc.issuer !== "string" || !sameIssuer(doc.issuer, issuer) || typeof doc.jwks_uri !== "string") {
    throw new Error(`discovery document is not the one of ${issuer}`);
  }
  const metadata = doc as PlatformMetadata;
  cached = { issuer, metadata, fetchedAt: now };
  return metadata;
}
