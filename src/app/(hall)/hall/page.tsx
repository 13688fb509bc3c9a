import Link from "next/link";
import { workspacesFor } from "@/components/workspaces";
import { Card, EmptyState, PageTitle } from "@/components/page-title";
import { formatDateTime } from "@/lib/datetime";
import { labelOf, titleLevels, titleSeries } from "@/lib/dictionaries";
import { maskIdCard, maskMobile } from "@/lib/mask";
import { requireUser } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

/** 个人网厅: where a signed-in person lands. */
export default async function HallPage() {
  const user = await requireUser();
  const notices = await (await serverApi()).notice.listOpen();
  const workspaces = workspacesFor(user);
  return (
    <div>
      <PageTitle title="个人网厅" subtitle={`欢迎您，${user.name}`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="个人信息">
          <dl className="grid grid-cols-[5rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500">姓名</dt>
            <dd>{user.name}</dd>
            <dt className="text-slate-500">身份证号</dt>
            <dd>{maskIdCard(user.idCardNumber)}</dd>
            <dt className="text-slate-500">手机号</dt>
            <dd>{maskMobile(user.mobile)}</dd>
          </dl>
          {workspaces.length > 0 && (
            <div className="mt-4 border-t pt-4">
              <h3 className="mb-2 text-sm font-medium text-slate-700">我的工作台</h3>
              <ul className="flex flex-wrap gap-2">
                {workspaces.map((w) => (
                  <li key={w.href}>
                    <Link href={w.href} className="rounded border border-brand-500 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50">
                      {w.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
        <Card title="正在受理的申报通知" className="lg:col-span-2">
          {notices.length === 0 ? (
            <EmptyState>当前没有处于申报期内的通知。</EmptyState>
          ) : (
            <ul className="divide-y">
              {notices.map((n) => (
                <li key={n.id} className="py-3">
                  <p className="font-medium">{n.title}</p>
                  <p className="mt-1 text-sm text-slate-600">
                    {labelOf(titleSeries, n.series)}系列 · {n.levels.map((l) => labelOf(titleLevels, l)).join("、")} ·{" "}
                    {n.committee.name}
                  </p>
                  <p className="mt-1 text-sm text-slate-500">
                    申报时间：{formatDateTime(n.startsAt)} 至 {formatDateTime(n.endsAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
