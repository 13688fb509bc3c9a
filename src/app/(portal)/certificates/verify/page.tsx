import type { Metadata } from "next";
import Link from "next/link";
import { CertificateDetails } from "@/components/certificates/certificate-details";
import { PageTitle } from "@/components/page-title";
import { Alert } from "@/components/ui/alert";
import { certificateRoutes, certificatePageLabels as L } from "@/lib/certificates/labels";
import { signatureCheckMessages } from "@/lib/certificates/messages";
import { readVerificationParams } from "@/lib/certificates/verification-url";
import { getDb } from "@/server/db";
import { certificateIssuer } from "@/server/domain/certificates/certificate-issuer";
import { verifyCertificate } from "@/server/domain/certificates/verify-certificate";

export const metadata: Metadata = { title: L.verifyTitle };

/**
 * The page a certificate's QR code opens (public): what the certificate prints, 有效 or 已撤销, and
 * whether the QR code's signature signs that data with a key this site published.
 */
export default async function VerifyCertificatePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const verification = await verifyCertificate(
    getDb(),
    readVerificationParams(await searchParams),
    certificateIssuer().keys,
  );
  return (
    <div className="space-y-4">
      <PageTitle title={L.verifyTitle} subtitle={L.verifyIntro} />
      {verification.outcome === "checked" ? (
        <>
          <section aria-labelledby="signature-result">
            <h2 id="signature-result" className="sr-only">
              {L.signatureResult}
            </h2>
            <Alert tone={verification.signature === "valid" ? "success" : "error"}>
              {signatureCheckMessages[verification.signature]}
            </Alert>
          </section>
          <section className="rounded-lg border bg-white p-5 shadow-sm">
            <CertificateDetails certificate={verification.certificate} />
          </section>
        </>
      ) : (
        <Alert tone="error">{signatureCheckMessages[verification.outcome]}</Alert>
      )}
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={certificateRoutes.lookup} className="text-brand-700 hover:underline">
          {L.lookupLink}
        </Link>
        <a href={certificateRoutes.keys} className="text-brand-700 hover:underline">
          {L.publicKeys}
        </a>
        <a href={certificateRoutes.ca} className="text-brand-700 hover:underline">
          {L.signingCa}
        </a>
      </p>
    </div>
  );
}
