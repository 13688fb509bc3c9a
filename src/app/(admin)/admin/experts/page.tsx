import type { Metadata } from "next";
import { sectionOf } from "@/components/admin/sections";
import { ExpertPoolManager } from "@/components/committee/expert-pool-manager";
import { PageTitle } from "@/components/page-title";

const section = sectionOf("/admin/experts");

export const metadata: Metadata = { title: section.label };

/** 评审专家库 of every committee, for the admin. */
export default function AdminExpertsPage() {
  return (
    <div>
      <PageTitle title={section.label} subtitle={section.description} />
      <ExpertPoolManager />
    </div>
  );
}
