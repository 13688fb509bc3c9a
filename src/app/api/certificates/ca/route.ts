import { signingCaCertificatePem } from "@/server/signing/signing-identity";

/** Read from the configuration at request time, never at build time. */
export const dynamic = "force-dynamic";

/**
 * GET /api/certificates/ca: the certificate of the authority whose key signs the certificate PDFs
 * (电子签章) — the local test CA, or the top of the production PKCS#12's chain — for a reader to
 * add to their PDF reader's trusted certificates, so the signature shows as trusted, not only valid.
 */
export async function GET() {
  return new Response(await signingCaCertificatePem(), {
    headers: {
      "Content-Type": "application/x-pem-file",
      "Content-Disposition": 'attachment; filename="certificate-signing-ca.pem"',
      "Cache-Control": "public, max-age=3600",
    },
  });
}
