import type { Metadata } from "next";
import { CertificateLookup } from "@/components/certificates/certificate-lookup";
import { PageTitle } from "@/components/page-title";
import { certificatePageLabels as L } from "@/lib/certificates/labels";

export const metadata: Metadata = { title: L.lookupTitle };

/** 证书查询: public, no sign-in. */
export default function CertificateLookupPage() {
  return (
    <div>
      <PageTitle title={L.lookupTitle} subtitle={L.lookupIntro} />
      <CertificateLookup />
    </div>
  );
}
