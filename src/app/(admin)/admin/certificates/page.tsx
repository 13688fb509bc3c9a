import type { Metadata } from "next";
import { CertificatesManager } from "@/components/admin/certificates/certificates-manager";
import { sectionOf } from "@/components/admin/sections";
import { PageTitle } from "@/components/page-title";

const section = sectionOf("/admin/certificates");

export const metadata: Metadata = { title: section.label };

export default function CertificatesPage() {
  return (
    <div>
      <PageTitle title={section.label} subtitle={section.description} />
      <CertificatesManager />
    </div>
  );
}
