import Link from "next/link";
import { hallRoutes } from "@/components/hall/routes";
import { Card } from "@/components/page-title";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/datetime";
import type { RouterOutputs } from "@/trpc/react";
import { ApplicationStatusBadge } from "./application-status-badge";
import { applicationLabels as L } from "./labels";
import { levelsText, seriesText } from "./notice-facts";

type Application = RouterOutputs["application"]["get"];

/** The overview of one application; the form modules (信息填报) come in a later version. */
export function ApplicationOverview({ application: a }: { application: Application }) {
  const rows: [string, React.ReactNode][] = [
    [L.notice, a.notice.title],
    [L.series, seriesText(a.notice.series)],
    [L.levels, levelsText(a.notice.levels)],
    [L.window, `${formatDateTime(a.notice.startsAt)} ${L.to} ${formatDateTime(a.notice.endsAt)}`],
    [L.committee, a.notice.committee.name],
    [L.department, a.notice.department.name],
    [
      L.unit,
      <>
        {a.unit.name}
        <span className="ml-2 font-mono text-xs text-slate-500">
          {L.creditCode} {a.unit.creditCode}
        </span>
      </>,
    ],
    [L.status, <ApplicationStatusBadge status={a.status} />],
    [L.createdAt, formatDateTime(a.createdAt)],
    [L.updatedAt, formatDateTime(a.updatedAt)],
    ...(a.submittedAt ? [[L.submittedAt, formatDateTime(a.submittedAt)] as [string, React.ReactNode]] : []),
  ];
  return (
    <div className="space-y-6">
      <Card title={L.overviewTitle}>
        <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd className="text-slate-800">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title={L.formTitle}>
        <Alert tone="info">{L.formPending}</Alert>
      </Card>
      <Link href={hallRoutes.hall} className="inline-block text-sm font-medium text-brand-700 hover:underline">
        {L.backToHall}
      </Link>
    </div>
  );
}
