import type { Metadata } from "next";
import { RolesManager } from "@/components/admin/roles/roles-manager";
import { sectionOf } from "@/components/admin/sections";
import { PageTitle } from "@/components/page-title";

const section = sectionOf("/admin/roles");

export const metadata: Metadata = { title: section.label };

export default function RolesPage() {
  return (
    <div>
      <PageTitle title={section.label} subtitle={section.description} />
      <RolesManager />
    </div>
  );
}
