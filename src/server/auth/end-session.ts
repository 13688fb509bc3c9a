import "server-only";
import { platformMetadata } from "./discovery";

/**
 * The identity platform's RP-initiated logout endpoint, or null when the platform does not offer
 * one or cannot be reached right now (the app session is ended either way; the browser then goes
 * straight back to the portal instead of to a platform that does not answer).
 */
export async function endSessionEndpoint(issuer: string, now = Date.now()): Promise<string | null> {
  try {
    return (await platformMetadata(issuer, now)).end_session_endpoint ?? null;
  } catch (error) {
    console.error(JSON.stringify({ event: "sso.discovery_failed", during: "sign-out", issuer, error: String(error) }));
    return null;
  }
}
