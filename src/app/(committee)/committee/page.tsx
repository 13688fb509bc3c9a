import Link from "next/link";
import { committeeLabels as L } from "@/components/committee/labels";
import { MeetingsPanel } from "@/components/committee/meetings-panel";
import { NoticeTable } from "@/components/notice-table";
import { Card, PageTitle } from "@/components/page-title";
import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import { labelOf, titleSeries } from "@/lib/dictionaries";
import { requireRole } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

/** 评委会工作台: the review meetings (the chair's, or those the expert sits on), then the committees' notices. */
export default async function CommitteeWorkspace() {
  // Layouts and pages render in parallel: the page checks the role itself before loading data.
  const { scopes } = await requireRole(COMMITTEE_ROLES);
  const isChair = scopes.some((s) => s.role === "COMMITTEE_CHAIR");
  const committees = await (await serverApi()).workspace.committee();
  return (
    <div>
      <PageTitle title="评委会工作台" subtitle="评委会评审">
        {isChair && (
          <span className="flex flex-wrap gap-4">
            <Link href="/committee/pool" className="text-sm font-medium text-brand-700 hover:underline">
              {L.poolTitle}
            </Link>
            <Link href="/committee/publicity" className="text-sm font-medium text-brand-700 hover:underline">
              {L.toPublicity}
            </Link>
          </span>
        )}
      </PageTitle>
      <div className="space-y-6">
        <MeetingsPanel isChair={isChair} />
        {committees.map((c) => (
          <Card key={c.id} title={`${c.name} · ${labelOf(titleSeries, c.series)}系列 · ${c.department.name}`}>
            <NoticeTable notices={c.notices} />
          </Card>
        ))}
      </div>
    </div>
  );
}
