"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { actionErrorMessage } from "@/components/ui/server-error";
import { releaseTransitionFor } from "@/lib/binding/binding-status";
import { bindingMessages } from "@/lib/binding/messages";
import { formatDateTime } from "@/lib/datetime";
import { api, type RouterOutputs } from "@/trpc/react";
import { BindingStatusBadge } from "./binding-status-badge";
import { ConfirmDialog } from "./confirm-dialog";
import { bindingLabels as L } from "./labels";

type LookupResult = RouterOutputs["binding"]["lookup"];

/**
 * The unit found by 查询 and the one action that fits where the applicant stands with it:
 * 绑定; or 解除绑定 (withdrawing a pending request, or ending an approved binding) after a
 * confirmation; or, while bound elsewhere, which unit to leave first.
 */
export function FoundUnitCard({
  result,
  onDone,
  onFailed,
  onSearch,
}: {
  result: LookupResult;
  onDone: (message: string) => void;
  onFailed: (message: string) => void;
  onSearch: (creditCode: string) => void;
}) {
  const { unit, binding, otherBinding } = result;
  const utils = api.useUtils();
  const request = api.binding.request.useMutation();
  const withdraw = api.binding.withdraw.useMutation();
  const unbind = api.binding.unbind.useMutation();
  const [confirming, setConfirming] = useState(false);
  const release = binding ? releaseTransitionFor(binding.status) : null;

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      onDone(done);
    } catch (error) {
      onFailed(actionErrorMessage(error));
    } finally {
      setConfirming(false);
      // Refresh either way: a refusal may mean the page shows a status that is no longer true.
      await utils.invalidate();
    }
  }

  return (
    <section
      aria-labelledby="found-unit-title"
      className="rounded-lg border border-slate-200 bg-slate-50 p-4"
      data-testid="found-unit"
    >
      <h3 id="found-unit-title" className="mb-3 text-sm font-semibold text-slate-900">
        {L.foundTitle}
      </h3>
      <dl className="grid grid-cols-[8rem_1fr] gap-y-1.5 text-sm">
        <dt className="text-slate-500">{L.unitName}</dt>
        <dd className="font-medium text-slate-900">{unit.name}</dd>
        <dt className="text-slate-500">{L.creditCode}</dt>
        <dd className="font-mono">{unit.creditCode}</dd>
        <dt className="text-slate-500">{L.department}</dt>
        <dd>{unit.department.name}</dd>
        {binding && (
          <>
            <dt className="text-slate-500">{L.status}</dt>
            <dd>
              <BindingStatusBadge status={binding.status} />
            </dd>
            <dt className="text-slate-500">{L.requestedAt}</dt>
            <dd>{formatDateTime(binding.requestedAt)}</dd>
            {binding.decidedAt && (
              <>
                <dt className="text-slate-500">{L.decidedAt}</dt>
                <dd>{formatDateTime(binding.decidedAt)}</dd>
              </>
            )}
          </>
        )}
      </dl>

      <div className="mt-4">
        {otherBinding ? (
          <Alert tone="info">
            <p>{L.otherActive(otherBinding.unitName, otherBinding.status === "PENDING")}</p>
            <Button variant="link" className="mt-1" onClick={() => onSearch(otherBinding.unitCreditCode)}>
              {L.showOtherUnit(otherBinding.unitName)}
            </Button>
          </Alert>
        ) : binding && release ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="danger" onClick={() => setConfirming(true)}>
              {L.release}
            </Button>
            <p className="text-sm text-slate-600">{release === "withdraw" ? L.withThisPending : L.withThisApproved}</p>
          </div>
        ) : !unit.hasReviewer ? (
          <Alert tone="error">
            <p className="font-medium">{L.noReviewerTitle}</p>
            <p className="mt-1">{bindingMessages.noReviewer(unit.name)}</p>
          </Alert>
        ) : (
          <Button
            pending={request.isPending}
            onClick={() => run(() => request.mutateAsync({ creditCode: unit.creditCode }), L.requested)}
          >
            {L.bind}
          </Button>
        )}
      </div>

      {binding && release && (
        <ConfirmDialog
          open={confirming}
          title={release === "withdraw" ? L.withdrawTitle : L.unbindTitle}
          confirmLabel={release === "withdraw" ? L.withdrawConfirm : L.unbindConfirm}
          pending={withdraw.isPending || unbind.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            release === "withdraw"
              ? run(() => withdraw.mutateAsync({ bindingId: binding.id }), L.withdrawn(unit.name))
              : run(() => unbind.mutateAsync({ bindingId: binding.id }), L.unbound(unit.name))
          }
        >
          {release === "withdraw" ? (
            L.withdrawText(unit.name)
          ) : (
            <div className="space-y-2">
              <p>{L.unbindText(unit.name)}</p>
              {binding.drafts.length > 0 ? (
                <>
                  <p>{L.unbindDrafts(unit.name)}</p>
                  <ul className="list-disc pl-5" aria-label="受影响的草稿">
                    {binding.drafts.map((draft) => (
                      <li key={draft.id} className="font-medium text-slate-900">
                        {draft.noticeTitle}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="text-slate-600">{L.unbindNoDrafts}</p>
              )}
            </div>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
