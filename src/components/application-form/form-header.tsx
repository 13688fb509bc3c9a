import Link from "next/link";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { levelsText, seriesText } from "@/components/application/notice-facts";
import { hallRoutes } from "@/components/hall/routes";
import { PageTitle } from "@/components/page-title";
import { formatDateTime } from "@/lib/datetime";
import type { FormView } from "./form-view";
import { formLabels as L } from "./labels";

/** The application at a glance above the form: notice, 推荐单位, status, deadline (Asia/Shanghai). */
export function FormHeader({ application: a }: { application: FormView["application"] }) {
  const facts: [string, React.ReactNode][] = [
    [
      L.unit,
      <>
        {a.unit.name}
        <span className="ml-2 font-mono text-xs text-slate-500">
          {L.creditCode} {a.unit.creditCode}
        </span>
      </>,
    ],
    [L.department, a.unit.departmentName],
    [L.series, seriesText(a.notice.series)],
    [L.levels, levelsText(a.notice.levels)],
    [L.deadline, <time dateTime={new Date(a.notice.endsAt).toISOString()}>{formatDateTime(a.notice.endsAt)}</time>],
  ];
  return (
    <div className="mb-6">
      <PageTitle title={a.editable ? L.pageTitle : L.readOnlyTitle} subtitle={a.notice.title}>
        <div className="flex items-center gap-3">
          <ApplicationStatusBadge status={a.status} />
          <Link href={hallRoutes.hall} className="text-sm font-medium text-brand-700 hover:underline">
            {L.backToHall}
          </Link>
        </div>
      </PageTitle>
      <dl className="-mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="application-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="flex gap-1.5">
            <dt className="shrink-0 text-slate-500">{label}：</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
