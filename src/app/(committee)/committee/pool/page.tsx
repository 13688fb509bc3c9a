import type { Metadata } from "next";
import { ExpertPoolManager } from "@/components/committee/expert-pool-manager";
import { committeeLabels as L } from "@/components/committee/labels";
import { PageTitle } from "@/components/page-title";
import { requireRole } from "@/server/auth/guards";

export const metadata: Metadata = { title: L.poolTitle };

/** 评审专家库 of the committees the signed-in 主任委员 chairs. */
export default async function CommitteePoolPage() {
  await requireRole("COMMITTEE_CHAIR");
  return (
    <div>
      <PageTitle title={L.poolTitle} subtitle={L.poolSubtitle} />
      <ExpertPoolManager />
    </div>
  );
}
