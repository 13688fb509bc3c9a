import type { CertificateStatusCode } from "./labels";
import type { SignedFields } from "./signed-payload";

/** A certificate as the pages show it: the printed (signed) fields and where it stands. */
export type CertificateView = SignedFields & {
  id: string;
  issuedAt: Date;
  verificationCode: string;
  status: CertificateStatusCode;
  revokedAt: Date | null;
  revokedReason: string | null;
};

/** One of the holder's certificates in 我的证书, with the link its QR code carries. */
export type MyCertificate = CertificateView & { verifyHref: string };

/** What the QR code's signature says of the certificate found under its number. */
export type SignatureCheck = "valid" | "tampered" | "unknownKey";

/** The verification page's answer. */
export type Verification =
  | { outcome: "malformed" }
  | { outcome: "notFound" }
  | { outcome: "checked"; signature: SignatureCheck; certificate: Omit<CertificateView, "id"> };
