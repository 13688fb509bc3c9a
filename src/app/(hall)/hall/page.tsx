import Link from "next/link";
import { MyApplications } from "@/components/application/my-applications";
import { RecommendingUnit } from "@/components/application/recommending-unit";
import { HallEntries } from "@/components/hall/hall-entries";
import { hallLabels as L } from "@/components/hall/labels";
import { OpenNotices } from "@/components/hall/open-notices";
import { Card, PageTitle } from "@/components/page-title";
import { workspacesFor } from "@/components/workspaces";
import { maskIdCard, maskMobile } from "@/lib/mask";
import { requireUser } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

/** 个人网厅: where a signed-in person lands. */
export default async function HallPage() {
  const user = await requireUser();
  const api = await serverApi();
  const [notices, recommending] = await Promise.all([api.notice.listOpen(), api.application.recommendingUnit()]);
  const workspaces = workspacesFor(user);
  return (
    <div className="space-y-6">
      <PageTitle title={L.title} subtitle={L.welcome(user.name)}>
        <HallEntries />
      </PageTitle>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6">
          <Card title={L.personalInfo}>
            <dl className="grid grid-cols-[5rem_1fr] gap-y-2 text-sm">
              <dt className="text-slate-500">{L.name}</dt>
              <dd>{user.name}</dd>
              <dt className="text-slate-500">{L.idCard}</dt>
              <dd>{maskIdCard(user.idCardNumber)}</dd>
              <dt className="text-slate-500">{L.mobile}</dt>
              <dd>{maskMobile(user.mobile)}</dd>
            </dl>
            {workspaces.length > 0 && (
              <div className="mt-4 border-t pt-4">
                <h3 className="mb-2 text-sm font-medium text-slate-700">{L.workspaces}</h3>
                <ul className="flex flex-wrap gap-2">
                  {workspaces.map((w) => (
                    <li key={w.href}>
                      <Link
                        href={w.href}
                        className="rounded border border-brand-500 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50"
                      >
                        {w.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>
          <Card title={L.recommendingUnit}>
            <RecommendingUnit recommending={recommending} />
          </Card>
        </div>
        <Card title={L.openNotices} className="lg:col-span-2">
          <OpenNotices notices={notices} />
        </Card>
      </div>
      <Card title={L.myApplications}>
        <MyApplications />
      </Card>
    </div>
  );
}
