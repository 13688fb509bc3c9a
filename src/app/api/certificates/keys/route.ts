import { certificateIssuer } from "@/server/domain/certificates/certificate-issuer";
import { publicJwks } from "@/server/domain/certificates/signing-keys";

/** Read from the configuration at request time, never at build time. */
export const dynamic = "force-dynamic";

/**
 * The public halves of the certificate signing keys, current and retired, as a JWK set (RFC 7517,
 * Ed25519 per RFC 8037): what anyone needs to check a certificate's QR signature without this site.
 */
export function GET() {
  return Response.json(publicJwks(certificateIssuer().keys), {
    headers: { "Cache-Control": "public, max-age=3600" },
  });
}
