"use client";

import { MaterialsPanel } from "@/components/application-form/materials-panel";
import type { FormView } from "@/lib/application-form/form.types";
import type { Problem } from "@/lib/submission/problem";
import type { SubmitResult } from "@/lib/submission/submission.schema";
import { BusinessFormsPanel } from "./business-forms-panel";
import { PromiseAndSubmit } from "./promise-and-submit";
import { submissionLabels as L } from "./submission-labels";
import { ValidationPanel } from "./validation-panel";

/**
 * The page after the last module (the manual's 附件上传 and 提交完成), top to bottom: 数据验证信息,
 * 材料附件信息, 业务表册信息 (following the draft), 承诺 and 提交.
 */
export function SubmitPage({
  form,
  onOpenProblem,
  onGoToBasicInfo,
  onSubmitted,
}: {
  form: FormView;
  onOpenProblem: (problem: Problem) => void;
  onGoToBasicInfo: () => void;
  onSubmitted: (result: SubmitResult) => void;
}) {
  const applicationId = form.application.id;
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">{L.pageTitle}</h2>
        <p className="mt-1 text-sm text-slate-500">{L.pageIntro}</p>
      </div>
      <ValidationPanel applicationId={applicationId} onOpen={onOpenProblem} />
      <div id="materials" className="scroll-mt-4">
        <MaterialsPanel form={form} onGoToBasicInfo={onGoToBasicInfo} />
      </div>
      <BusinessFormsPanel applicationId={applicationId} draft />
      <PromiseAndSubmit
        applicationId={applicationId}
        noticeTitle={form.application.notice.title}
        returnedBy={form.application.returned?.stage}
        onSubmitted={onSubmitted}
      />
    </div>
  );
}
