import Link from "next/link";
import { adminSections } from "@/components/admin/sections";
import { Card, PageTitle } from "@/components/page-title";
import { noticeStatuses } from "@/lib/dictionaries";
import { requireRole } from "@/server/auth/guards";
import { serverApi } from "@/trpc/server";

/** 管理后台 home: what is registered, and a way into each section. */
export default async function AdminHome() {
  // Layouts and pages render concurrently, so the page checks the role itself before fetching.
  await requireRole("ADMIN");
  const overview = await (await serverApi()).admin.overview();
  const counts: Record<string, string> = {
    "/admin/units": `${overview.units} 个推荐单位`,
    "/admin/departments": `${overview.departments} 个主管部门`,
    "/admin/committees": `${overview.committees} 个评委会`,
    "/admin/roles": `${overview.people} 名人员 · ${overview.activeAdmins} 名管理员`,
    "/admin/notices": noticeStatuses.map((s) => `${s.label} ${overview.notices[s.code]}`).join(" · "),
    "/admin/audit": "按时间、操作和对象查询",
  };
  return (
    <div>
      <PageTitle title="管理后台" subtitle="维护单位、部门、评委会与人员角色，发布申报通知，查看审计日志" />
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {adminSections
          .filter((s) => s.href !== "/admin")
          .map((s) => (
            <li key={s.href}>
              <Link
                href={s.href}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500 hover:shadow"
              >
                <h2 className="font-semibold text-brand-700">{s.label}</h2>
                <p className="mt-1 text-sm text-slate-600">{s.description}</p>
                <p className="mt-3 text-sm font-medium tabular-nums text-slate-900">{counts[s.href]}</p>
              </Link>
            </li>
          ))}
      </ul>
      {overview.unitsWithoutReviewer.total > 0 && (
        <Card title={`尚未设置推荐单位审核人的单位（${overview.unitsWithoutReviewer.total}）`} className="mt-6">
          <p className="text-sm text-slate-600">
            申报人无法绑定这些单位，直到在「角色管理」中为单位授予「推荐单位审核人」角色。
          </p>
          <ul aria-label="尚未设置推荐单位审核人的单位" className="mt-3 divide-y text-sm">
            {overview.unitsWithoutReviewer.items.map((unit) => (
              <li key={unit.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                <span className="font-medium text-slate-900">{unit.name}</span>
                <span className="font-mono text-xs text-slate-600">{unit.creditCode}</span>
                <Link
                  href="/admin/roles"
                  aria-label={`设置审核人：${unit.name}`}
                  className="ml-auto text-brand-700 hover:underline"
                >
                  设置审核人
                </Link>
              </li>
            ))}
          </ul>
          {overview.unitsWithoutReviewer.total > overview.unitsWithoutReviewer.items.length && (
            <p className="mt-2 text-sm text-slate-600">
              另有 {overview.unitsWithoutReviewer.total - overview.unitsWithoutReviewer.items.length} 个单位未列出，可在
              <Link href="/admin/units" className="text-brand-700 underline">
                单位管理
              </Link>
              中按审核人数查看。
            </p>
          )}
        </Card>
      )}
    </div>
  );
}
