import { NoticeTable } from "@/components/notice-table";
import { Card, PageTitle } from "@/components/page-title";
import { ReviewQueue } from "@/components/review-queue/review-queue";
import { queueLabels } from "@/lib/review-queue/labels";
import { requireRole } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

/** 部门工作台 */
export default async function DeptWorkspace() {
  // Layouts and pages render in parallel: the page checks the role itself before loading data.
  await requireRole("DEPT_REVIEWER");
  const departments = await (await serverApi()).workspace.dept();
  return (
    <div>
      <PageTitle title="部门工作台" subtitle="主管部门审核与申报通知" />
      <div className="space-y-6">
        <Card title={queueLabels.section}>
          <ReviewQueue stage="DEPT_REVIEW" />
        </Card>
        {departments.map((d) => (
          <Card key={d.id} title={`${d.name}（所属单位 ${d._count.units} 家）`}>
            <NoticeTable notices={d.notices} />
          </Card>
        ))}
      </div>
    </div>
  );
}
