import "server-only";
import { env } from "@/env";
import {
  type CertificateKeyRing,
  generateCertificateKeyRing,
  KeyRingError,
  parseCertificateKeyRing,
} from "./signing-keys";

/** Who issues certificates: the signing keys and the 发证机关 printed beside the seal. */
export type CertificateIssuer = { keys: CertificateKeyRing; authority: string };

let cached: CertificateIssuer | undefined;

/**
 * The issuer this process is configured with: CERTIFICATE_SIGNING_KEYS (required in production;
 * `npm start` generates one into .data/local-secrets.json) and CERTIFICATE_ISSUING_AUTHORITY.
 * Without keys outside production (tests, a bare `next dev`) the process makes a key of its own,
 * which dies with it — certificates it signed then read 「密钥未知」 after a restart.
 */
export function certificateIssuer(): CertificateIssuer {
  if (cached) return cached;
  const config = env();
  let keys: CertificateKeyRing;
  if (config.CERTIFICATE_SIGNING_KEYS) {
    try {
      keys = parseCertificateKeyRing(config.CERTIFICATE_SIGNING_KEYS);
    } catch (error) {
      if (error instanceof KeyRingError) throw new Error(`CERTIFICATE_SIGNING_KEYS ${error.message}`);
      throw error;
    }
  } else {
    if (config.NODE_ENV === "production")
      throw new Error(
        "CERTIFICATE_SIGNING_KEYS is required in production: certificates must stay verifiable across restarts",
      );
    if (config.NODE_ENV === "development")
      console.warn(
        "CERTIFICATE_SIGNING_KEYS is not set: certificates are signed with a key that ends with this process",
      );
    keys = parseCertificateKeyRing(generateCertificateKeyRing(`ephemeral-${Date.now().toString(36)}`));
  }
  cached = { keys, authority: config.CERTIFICATE_ISSUING_AUTHORITY };
  return cached;
}
