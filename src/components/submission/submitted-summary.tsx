"use client";

import Link from "next/link";
import { hallRoutes } from "@/components/hall/routes";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/datetime";
import { reviewStageOf } from "@/lib/review/review-stages";
import type { SubmitResult } from "@/lib/submission/submission.schema";
import { api } from "@/trpc/react";
import { ProgressNodes } from "./progress-nodes";
import { submissionLabels as L } from "./submission-labels";

/**
 * The read-only head of a submitted application: the success message right after 提交, and the
 * 流程推送节点 with a way to 进度跟踪.
 */
export function SubmittedSummary({
  applicationId,
  justSubmitted,
}: {
  applicationId: string;
  justSubmitted: SubmitResult | null;
}) {
  const progress = api.progress.mine.useQuery({ applicationId });
  return (
    <div className="space-y-4">
      {justSubmitted && (
        <Alert tone="success">
          <p className="font-semibold">{L.submittedTitle}</p>
          <p>
            {L.submittedText(
              formatDateTime(justSubmitted.submittedAt),
              progress.data?.application.stage ? reviewStageOf(progress.data.application.stage).label : "审核",
            )}
          </p>
        </Alert>
      )}
      <section aria-labelledby="flow-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-5 py-3">
          <h2 id="flow-title" className="text-base font-semibold text-slate-900">
            {L.flowTitle}
          </h2>
          <Link
            href={hallRoutes.progress(applicationId)}
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            {L.progressLink}
          </Link>
        </header>
        <div className="p-5">{progress.data && <ProgressNodes nodes={progress.data.nodes} />}</div>
      </section>
    </div>
  );
}
