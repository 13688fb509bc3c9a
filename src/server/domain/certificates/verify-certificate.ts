import "server-only";
import type { Verification } from "@/lib/certificates/certificate.types";
import type { VerificationParams } from "@/lib/certificates/verification-url";
import type { Db } from "@/server/db";
import { certificateColumns, certificateViewOf, signedFieldsOf } from "./certificate-fields";
import { checkCertificateSignature } from "./certificate-signature";
import type { CertificateKeyRing } from "./signing-keys";

/**
 * The verification page opened from the QR code: the certificate under the URL's number, where it
 * stands (有效, or 已撤销 with date and reason), and whether the URL's signature — the one printed
 * in the QR code — signs what the database says now with a key this site published. The row's own
 * signature is not consulted: a changed row fails against the printed one. One indexed read and
 * one Ed25519 verification.
 */
export async function verifyCertificate(
  db: Db,
  params: VerificationParams | null,
  keys: CertificateKeyRing,
): Promise<Verification> {
  if (!params) return { outcome: "malformed" };
  const row = await db.certificate.findUnique({ where: { number: params.number }, select: certificateColumns });
  if (!row) return { outcome: "notFound" };
  const { id: _id, ...certificate } = certificateViewOf(row);
  return { outcome: "checked", signature: checkCertificateSignature(signedFieldsOf(row), params, keys), certificate };
}
