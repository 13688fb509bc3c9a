import { Card, PageTitle } from "@/components/page-title";
import { requireRole } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

/** 单位工作台 */
export default async function UnitWorkspace() {
  // Layouts and pages render in parallel: the page checks the role itself before loading data.
  await requireRole("UNIT_REVIEWER");
  const units = await (await serverApi()).workspace.unit();
  return (
    <div>
      <PageTitle title="单位工作台" subtitle="推荐单位审核：成员绑定申请与职称申报审核" />
      <div className="grid gap-6 md:grid-cols-2">
        {units.map((u) => (
          <Card key={u.id} title={u.name}>
            <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
              <dt className="text-slate-500">统一社会信用代码</dt>
              <dd className="font-mono">{u.creditCode}</dd>
              <dt className="text-slate-500">主管部门</dt>
              <dd>{u.department.name}</dd>
              <dt className="text-slate-500">单位审核人</dt>
              <dd>{u.roles.map((r) => r.user.name).join("、")}</dd>
            </dl>
          </Card>
        ))}
      </div>
    </div>
  );
}
