import type { Metadata } from "next";
import { PageTitle } from "@/components/page-title";
import { ChairPublicityDesk } from "@/components/publicity/chair-publicity-desk";
import { publicityLabels as L } from "@/lib/publicity/labels";
import { requireRole } from "@/server/auth/guards";

export const metadata: Metadata = { title: L.deskTitle };

/** 结果公布与公示: the 主任委员's page (members of the committee get the 403 page). */
export default async function ChairPublicityPage() {
  await requireRole("COMMITTEE_CHAIR");
  return (
    <div>
      <PageTitle title={L.deskTitle} subtitle={L.deskSubtitle} />
      <ChairPublicityDesk />
    </div>
  );
}
