import "server-only";
import { sign, verify } from "node:crypto";
import type { SignatureCheck } from "@/lib/certificates/certificate.types";
import { type SignedFields, signedPayload } from "@/lib/certificates/signed-payload";
import type { CertificateKeyRing } from "./signing-keys";

/** Signs the certificate's printed core fields with the ring's current key. */
export function signCertificate(fields: SignedFields, ring: CertificateKeyRing): { keyId: string; signature: string } {
  const keyId = ring.currentKeyId;
  const signature = sign(null, signedPayload(fields, keyId), ring.privateKey).toString("base64url");
  return { keyId, signature };
}

/**
 * Checks `signature` (base64url) over `fields` with the ring's key `keyId`: valid, tampered (a
 * field, the key id or the signature differs from what was signed), or unknownKey (no key of that id
 * was ever published here).
 */
export function checkCertificateSignature(
  fields: SignedFields,
  { keyId, signature }: { keyId: string; signature: string },
  ring: CertificateKeyRing,
): SignatureCheck {
  const key = ring.publicKeys.get(keyId);
  if (!key) return "unknownKey";
  const bytes = Buffer.from(signature, "base64url");
  if (bytes.length !== 64) return "tampered";
  return verify(null, signedPayload(fields, keyId), key, bytes) ? "valid" : "tampered";
}
