import "server-only";

let endpoint: { issuer: string; url: string | null } | undefined;

/** The identity platform's RP-initiated logout endpoint from its discovery document (cached). */
export async function endSessionEndpoint(issuer: string): Promise<string | null> {
  if (endpoint?.issuer === issuer && endpoint.url) return endpoint.url;
  try {
    const res = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5000),
    });
    const doc = (await res.json()) as { end_session_endpoint?: string };
    endpoint = { issuer, url: doc.end_session_endpoint ?? null };
    return endpoint.url;
  } catch (error) {
    console.error("Identity platform discovery failed; signing out locally only", error);
    return null;
  }
}
