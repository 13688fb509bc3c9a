import type { Metadata } from "next";
import { AuditLogBrowser } from "@/components/admin/audit/audit-log-browser";
import { sectionOf } from "@/components/admin/sections";
import { PageTitle } from "@/components/page-title";

const section = sectionOf("/admin/audit");

export const metadata: Metadata = { title: section.label };

export default function AuditPage() {
  return (
    <div>
      <PageTitle title={section.label} subtitle={section.description} />
      <AuditLogBrowser />
    </div>
  );
}
