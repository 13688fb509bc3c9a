import { NoticeTable } from "@/components/notice-table";
import { Card, PageTitle } from "@/components/page-title";
import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import { labelOf, titleSeries } from "@/lib/dictionaries";
import { requireRole } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

/** 评委会工作台 */
export default async function CommitteeWorkspace() {
  // Layouts and pages render in parallel: the page checks the role itself before loading data.
  await requireRole(COMMITTEE_ROLES);
  const committees = await (await serverApi()).workspace.committee();
  return (
    <div>
      <PageTitle title="评委会工作台" subtitle="评委会评审" />
      <div className="space-y-6">
        {committees.map((c) => (
          <Card key={c.id} title={`${c.name} · ${labelOf(titleSeries, c.series)}系列 · ${c.department.name}`}>
            <NoticeTable notices={c.notices} />
          </Card>
        ))}
      </div>
    </div>
  );
}
