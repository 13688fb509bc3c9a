import type { Metadata } from "next";
import { sectionOf } from "@/components/admin/sections";
import { UnitsManager } from "@/components/admin/units/units-manager";
import { PageTitle } from "@/components/page-title";

const section = sectionOf("/admin/units");

export const metadata: Metadata = { title: section.label };

export default function UnitsPage() {
  return (
    <div>
      <PageTitle title={section.label} subtitle={section.description} />
      <UnitsManager />
    </div>
  );
}
