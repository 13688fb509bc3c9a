import Link from "next/link";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { hallRoutes } from "@/components/hall/routes";
import { PageTitle } from "@/components/page-title";
import { Table, TBody, Td, THead, Th } from "@/components/ui/table";
import { formatCalendarDate } from "@/lib/calendar/calendar-date";
import { formatDateTime } from "@/lib/datetime";
import { flowActions } from "@/lib/review/application-transitions";
import { type ApplicationProgress, progressNodeLabels } from "@/lib/review/progress";
import { ProgressNodes, roleLabel } from "./progress-nodes";
import { submissionLabels as L } from "./submission-labels";

const actionLabel = (code: string) => flowActions.find((a) => a.code === code)?.label ?? code;

/** 进度跟踪: the application, its 流程推送节点, and the 流转记录 — every flow event, oldest first. */
export function ProgressView({ progress }: { progress: ApplicationProgress }) {
  const { application, nodes, events, publicity } = progress;
  return (
    <div className="space-y-6">
      <PageTitle title={L.progressTitle} subtitle={application.noticeTitle}>
        <div className="flex items-center gap-3">
          <ApplicationStatusBadge status={application.status} />
          <Link
            href={hallRoutes.application(application.id)}
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            {L.viewApplication}
          </Link>
          <Link href={hallRoutes.hall} className="text-sm font-medium text-brand-700 hover:underline">
            {L.backToHall}
          </Link>
        </div>
      </PageTitle>
      <dl className="-mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-slate-500">推荐单位：</dt>
          <dd className="text-slate-800">{application.unitName}</dd>
        </div>
        {application.submittedAt && (
          <div className="flex gap-1.5">
            <dt className="text-slate-500">{L.submittedAt}：</dt>
            <dd className="text-slate-800">{formatDateTime(application.submittedAt)}</dd>
          </div>
        )}
        {publicity && (
          <div className="flex gap-1.5">
            <dt className="text-slate-500">{L.publicityPeriod}：</dt>
            <dd className="text-slate-800">
              {formatCalendarDate(publicity.startsOn)} 至 {formatCalendarDate(publicity.endsOn)}（
              {publicity.meetingName}）
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="flow-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="flow-title" className="mb-4 text-base font-semibold text-slate-900">
          {L.flowTitle}
        </h2>
        <ProgressNodes nodes={nodes} />
      </section>
      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-base font-semibold text-slate-900">
          {L.historyTitle}
        </h2>
        {events.length === 0 ? (
          <p className="text-sm text-slate-500">{L.historyEmpty}</p>
        ) : (
          <Table label={L.historyTable}>
            <THead>
              {L.historyColumns.map((label) => (
                <Th key={label}>{label}</Th>
              ))}
            </THead>
            <TBody>
              {events.map((e) => (
                <tr key={e.sequence}>
                  <Td className="whitespace-nowrap">{formatDateTime(e.at)}</Td>
                  <Td>{e.stage ? progressNodeLabels[e.stage] : L.applicantNode}</Td>
                  <Td>{actionLabel(e.action)}</Td>
                  <Td>{roleLabel(e.actorRole)}</Td>
                  <Td>{e.opinion ?? "—"}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </div>
  );
}
