import type { Metadata } from "next";
import { CommitteesManager } from "@/components/admin/committees/committees-manager";
import { sectionOf } from "@/components/admin/sections";
import { PageTitle } from "@/components/page-title";

const section = sectionOf("/admin/committees");

export const metadata: Metadata = { title: section.label };

export default function CommitteesPage() {
  return (
    <div>
      <PageTitle title={section.label} subtitle={section.description} />
      <CommitteesManager />
    </div>
  );
}
