import type { Metadata } from "next";
import { NoticesManager } from "@/components/admin/notices/notices-manager";
import { sectionOf } from "@/components/admin/sections";
import { PageTitle } from "@/components/page-title";

const section = sectionOf("/admin/notices");

export const metadata: Metadata = { title: section.label };

export default function NoticesPage() {
  return (
    <div>
      <PageTitle title={section.label} subtitle={section.description} />
      <NoticesManager />
    </div>
  );
}
