import Link from "next/link";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { hallRoutes } from "@/components/hall/routes";
import { PageTitle } from "@/components/page-title";
import { formatDate, formatDateTime } from "@/lib/datetime";
import { type ApplicationProgress, progressNodeLabels } from "@/lib/review/progress";
import { FlowEventsTable } from "./flow-events-table";
import { ProgressNodes } from "./progress-nodes";
import { submissionLabels as L } from "./submission-labels";

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
          <dt className="shrink-0 text-slate-500">推荐单位：</dt>
          <dd className="text-slate-800">{application.unitName}</dd>
        </div>
        {application.submittedAt && (
          <div className="flex gap-1.5">
            <dt className="shrink-0 text-slate-500">{L.submittedAt}：</dt>
            <dd className="text-slate-800">{formatDateTime(application.submittedAt)}</dd>
          </div>
        )}
        {publicity && (
          <div className="flex gap-1.5">
            <dt className="shrink-0 text-slate-500">{L.publicityPeriod}：</dt>
            <dd className="text-slate-800">
              {formatDate(publicity.startsOn)} 至 {formatDate(publicity.endsOn)}（{publicity.meetingName}）
            </dd>
          </div>
        )}
      </dl>
      <Outcome progress={progress} />
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
        <FlowEventsTable events={events} />
      </section>
    </div>
  );
}

/**
 * What the applicant must know first: why the application was ended (终止审核 with its reason), or
 * that it was returned (the opinion, with the way to 编辑).
 */
function Outcome({ progress: { application, events } }: { progress: ApplicationProgress }) {
  const action =
    application.status === "TERMINATED" ? "TERMINATE" : application.status === "RETURNED" ? "RETURN" : null;
  const event = action ? events.filter((e) => e.action === action).at(-1) : undefined;
  if (!event?.stage) return null;
  const stage = progressNodeLabels[event.stage];
  const terminated = action === "TERMINATE";
  return (
    <section
      aria-labelledby="outcome-title"
      data-testid="outcome"
      className={`rounded-lg border px-5 py-4 text-sm ${terminated ? "border-red-200 bg-red-50 text-red-900" : "border-amber-200 bg-amber-50 text-amber-900"}`}
    >
      <h2 id="outcome-title" className="text-base font-semibold">
        {terminated
          ? L.terminatedTitle(stage, formatDateTime(event.at))
          : L.returnedTitle(stage, formatDateTime(event.at))}
      </h2>
      <p className="mt-1 whitespace-pre-wrap break-words">
        <span className="font-medium">{terminated ? L.terminatedReason : L.returnedOpinion}</span>
        {event.opinion}
      </p>
      {terminated ? (
        <p className="mt-1">{L.terminatedHint}</p>
      ) : (
        <Link
          href={hallRoutes.application(application.id)}
          className="mt-2 inline-block font-medium text-brand-700 hover:underline"
        >
          {L.editReturned}
        </Link>
      )}
    </section>
  );
}
