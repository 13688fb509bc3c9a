"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { ApplicationValues } from "@/components/application-form/read-all-view";
import { PageTitle } from "@/components/page-title";
import { BusinessFormsPanel } from "@/components/submission/business-forms-panel";
import { FlowEventsTable } from "@/components/submission/flow-events-table";
import { ProgressNodes } from "@/components/submission/progress-nodes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/datetime";
import { progressNodes } from "@/lib/review/progress";
import type { ReviewDetail } from "@/lib/review/review-actions";
import { type ReviewStageCode, reviewStageOf, reviewStages } from "@/lib/review/review-stages";
import { api } from "@/trpc/react";
import { ChangesPanel } from "./changes-panel";
import { reviewLabels as L } from "./labels";
import { type ActionRefusal, type ReviewAction, ReviewActions } from "./review-actions";
import { SnapshotAttachments } from "./snapshot-attachments";
import { snapshotFile, snapshotForm } from "./snapshot-view";
import { SubmittedValidationPanel } from "./submitted-validation";

/** The stage after `stage` on the review path, or 终审 after the last. */
function nextStageLabel(stage: ReviewStageCode | null): string {
  const index = reviewStages.findIndex((s) => s.code === stage);
  return reviewStages[index + 1]?.label ?? L.finalStage;
}

/**
 * 申报审核 of one application (推荐单位审核 at /unit, 主管部门审核 at /dept): the submitted snapshot
 * read-only — 本次修改 after a 重新提交, 流程推送节点, 数据验证信息 at submission, 全部信息, every
 * attachment, both 业务表册 — beside the 审核操作 the caller may take now. After an action the page
 * says what happened and leads back to `queueHref`; a race lost to another reviewer says so, with 刷新.
 */
export function ReviewPage({ initialDetail, queueHref }: { initialDetail: ReviewDetail; queueHref: string }) {
  const applicationId = initialDetail.application.id;
  const { data: detail = initialDetail, refetch } = api.review.get.useQuery(
    { applicationId },
    { initialData: initialDetail },
  );
  const router = useRouter();
  const [done, setDone] = useState<{ action: ReviewAction; name: string; next: string } | null>(null);
  const [refusal, setRefusal] = useState<ActionRefusal | null>(null);
  const { application, snapshot } = detail;
  const form = useMemo(() => snapshotForm(snapshot.content), [snapshot.content]);
  const files = useMemo(() => snapshot.attachments.map(snapshotFile), [snapshot.attachments]);
  const nodes = progressNodes(detail.flow, { status: application.status, stage: application.stage });
  const nextStage = nextStageLabel(application.stage);

  const refresh = async () => {
    setRefusal(null);
    await refetch();
    router.refresh();
  };
  const onDone = (action: ReviewAction) => {
    setRefusal(null);
    setDone({ action, name: application.applicantName, next: nextStage });
    void refetch();
    window.scrollTo({ top: 0, behavior: "smooth" });
  };

  const facts: [string, React.ReactNode][] = [
    [L.applicant, <span className="font-medium text-slate-900">{application.applicantName}</span>],
    [L.unit, application.unitName],
    [L.stage, application.stage ? reviewStageOf(application.stage).label : "—"],
    [
      L.submittedAt,
      <>
        {formatDateTime(snapshot.submittedAt)}
        <span className="ml-2 text-xs text-slate-500">{L.submissionSequence(snapshot.sequence)}</span>
      </>,
    ],
  ];
  const sections: [string, string][] = [
    ...(detail.changes ? [["changes", L.changesTitle] as [string, string]] : []),
    ["flow", L.flowTitle],
    ["validation", L.validationTitle],
    ["all-info", L.allInfoTitle],
    ["attachments", L.attachmentsTitle],
    ["business-forms-title", L.businessFormsTitle],
    ["history", L.historyTitle],
  ];

  return (
    <div>
      <PageTitle title={L.pageTitle} subtitle={application.noticeTitle}>
        <div className="flex items-center gap-3">
          <ApplicationStatusBadge status={application.status} />
          <Link href={queueHref} className="text-sm font-medium text-brand-700 hover:underline">
            {L.backToQueue}
          </Link>
        </div>
      </PageTitle>
      <dl className="-mt-2 mb-6 flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="review-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="flex gap-1.5">
            <dt className="shrink-0 text-slate-500">{label}：</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>

      <div className="mb-4 space-y-3 empty:hidden">
        {done && (
          <Alert tone="success">
            <p className="font-semibold">
              {done.action === "PASS" ? L.done.PASS(done.name, done.next) : L.done[done.action](done.name)}
            </p>
            <Link href={queueHref} className="mt-1 inline-block font-medium text-brand-700 hover:underline">
              {L.backToQueue}
            </Link>
          </Alert>
        )}
        {refusal && (
          <div
            role="alert"
            className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800"
          >
            <p>{refusal.message}</p>
            {refusal.alreadyHandled && (
              <Button variant="secondary" size="sm" onClick={() => void refresh()}>
                {L.refresh}
              </Button>
            )}
          </div>
        )}
      </div>

      {/* Below lg the 审核操作 panel comes after the whole application: one tap takes a reviewer there. */}
      <a
        href="#review-actions"
        className="mb-4 inline-block rounded-md border border-brand-200 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 shadow-sm lg:hidden"
      >
        {L.toActions}
        <span aria-hidden="true"> ↓</span>
      </a>
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="min-w-0 space-y-4">
          {detail.changes && <ChangesPanel changes={detail.changes} sequence={snapshot.sequence} files={files} />}
          <section
            id="flow"
            aria-labelledby="review-flow-title"
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h2 id="review-flow-title" className="mb-4 text-base font-semibold text-slate-900">
              {L.flowTitle}
            </h2>
            <ProgressNodes nodes={nodes} />
          </section>
          <SubmittedValidationPanel validation={snapshot.validation} />
          <section id="all-info" aria-labelledby="all-info-title" className="scroll-mt-4 space-y-4">
            <div>
              <h2 id="all-info-title" className="text-base font-semibold text-slate-900">
                {L.allInfoTitle}
              </h2>
              <p className="mt-1 text-sm text-slate-500">{L.allInfoIntro}</p>
            </div>
            <ApplicationValues form={form} files={files} />
          </section>
          <SnapshotAttachments content={snapshot.content} files={files} />
          <BusinessFormsPanel applicationId={applicationId} draft={false} intro={L.businessFormsIntro} />
          <section id="history" aria-labelledby="review-history-title" className="scroll-mt-4 space-y-3">
            <h2 id="review-history-title" className="text-base font-semibold text-slate-900">
              {L.historyTitle}
            </h2>
            <FlowEventsTable events={detail.flow} />
          </section>
        </div>

        <aside className="space-y-4 lg:sticky lg:top-4">
          <section
            id="review-actions"
            aria-labelledby="review-actions-title"
            className="scroll-mt-4 rounded-lg border border-brand-100 bg-white shadow-sm"
          >
            <header className="border-b border-slate-100 bg-brand-50/60 px-4 py-2.5">
              <h2 id="review-actions-title" className="text-sm font-semibold text-slate-900">
                {L.actionsTitle}
              </h2>
            </header>
            <div className="space-y-3 p-4">
              {(detail.can.pass || detail.can.return || detail.can.terminate) && (
                <p className="text-xs text-slate-500">{L.actionsHint}</p>
              )}
              <ReviewActions detail={detail} nextStage={nextStage} onDone={onDone} onRefused={setRefusal} />
            </div>
          </section>
          <nav
            aria-label={L.sections}
            className="hidden rounded-lg border border-slate-200 bg-white p-2 shadow-sm lg:block"
          >
            <ul>
              {sections.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`} className="block rounded px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
      </div>
    </div>
  );
}
