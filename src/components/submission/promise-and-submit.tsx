"use client";

import { useState } from "react";
import { Modal } from "@/components/attachments/modal";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { readServerError, SERVER_FAULT } from "@/components/ui/server-error";
import { type ReviewStageCode, reviewStageOf } from "@/lib/review/review-stages";
import type { SubmitResult } from "@/lib/submission/submission.schema";
import { api } from "@/trpc/react";
import { submissionLabels as L } from "./submission-labels";
import { useValidation } from "./use-validation";

/**
 * 承诺 and 提交: the box to tick, and 提交 — disabled while 数据验证信息 lists a problem or the box is
 * unticked (the server checks both again). A confirmation naming the notice comes first. On a
 * returned application the button is 「重新提交」 and the confirmation names the stage it goes back to.
 */
export function PromiseAndSubmit({
  applicationId,
  noticeTitle,
  returnedBy,
  onSubmitted,
}: {
  applicationId: string;
  noticeTitle: string;
  /** On a returned application, the stage that returned it: 提交 is 重新提交, back to that stage. */
  returnedBy?: ReviewStageCode;
  onSubmitted: (result: SubmitResult) => void;
}) {
  const [promised, setPromised] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const validation = useValidation(applicationId);
  const utils = api.useUtils();
  const submit = api.submission.submit.useMutation();
  const passed = validation.data !== undefined && validation.data.problems.length === 0 && !validation.isFetching;
  const blockedBy = !passed ? L.blockedByProblems : !promised ? L.blockedByPromise : null;

  async function confirm() {
    setError(null);
    try {
      const result = await submit.mutateAsync({ applicationId, promise: true });
      setConfirming(false);
      onSubmitted(result);
    } catch (e) {
      setConfirming(false);
      setError(readServerError(e).message ?? SERVER_FAULT);
      void utils.submission.validation.invalidate({ applicationId });
    } finally {
      void utils.applicationForm.get.invalidate({ applicationId });
      void utils.application.mine.invalidate();
    }
  }

  return (
    <section aria-labelledby="promise-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-100 px-5 py-3">
        <h2 id="promise-title" className="text-base font-semibold text-slate-900">
          {L.promiseTitle}
        </h2>
      </header>
      <div className="space-y-4 p-5">
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={promised}
            onChange={(e) => setPromised(e.target.checked)}
            className="mt-0.5 size-4 shrink-0 accent-brand-700"
          />
          <span>{L.promise}</span>
        </label>
        {error && <Alert tone="error">{error}</Alert>}
        <div className="flex flex-wrap items-center justify-end gap-3">
          {blockedBy && (
            <span id="submit-blocked" className="text-xs text-slate-500">
              {blockedBy}
            </span>
          )}
          <Button
            disabled={blockedBy !== null}
            aria-describedby={blockedBy ? "submit-blocked" : undefined}
            onClick={() => setConfirming(true)}
          >
            {returnedBy ? L.resubmit : L.submit}
          </Button>
        </div>
      </div>
      <Modal
        open={confirming}
        onClose={() => !submit.isPending && setConfirming(false)}
        title={returnedBy ? L.resubmitConfirmTitle : L.confirmTitle}
        footer={
          <>
            <Button variant="secondary" disabled={submit.isPending} onClick={() => setConfirming(false)}>
              {L.cancel}
            </Button>
            <Button pending={submit.isPending} onClick={() => void confirm()}>
              {returnedBy ? L.confirmResubmit : L.confirmSubmit}
            </Button>
          </>
        }
      >
        <p className="font-medium text-slate-900">
          {returnedBy ? L.resubmitConfirmText(noticeTitle) : L.confirmText(noticeTitle)}
        </p>
        <p className="mt-2 text-slate-600">
          {returnedBy ? L.resubmitConfirmHint(reviewStageOf(returnedBy).label) : L.confirmHint}
        </p>
      </Modal>
    </section>
  );
}
