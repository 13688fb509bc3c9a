import type { Metadata } from "next";
import { DepartmentsManager } from "@/components/admin/departments/departments-manager";
import { sectionOf } from "@/components/admin/sections";
import { PageTitle } from "@/components/page-title";

const section = sectionOf("/admin/departments");

export const metadata: Metadata = { title: section.label };

export default function DepartmentsPage() {
  return (
    <div>
      <PageTitle title={section.label} subtitle={section.description} />
      <DepartmentsManager />
    </div>
  );
}
