"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { PersonCells } from "@/components/person-cells";
import { Button } from "@/components/ui/button";
import { PagedTable } from "@/components/ui/paged-table";
import { actionErrorMessage, fieldErrorOf } from "@/components/ui/server-error";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { formatDateTime } from "@/lib/datetime";
import { api, type RouterOutputs } from "@/trpc/react";
import { unitLabels as L } from "./labels";
import { RejectBindingForm } from "./reject-binding-form";

const PAGE_SIZE = 20;

type Request = RouterOutputs["unitReview"]["pendingBindings"]["items"][number];

const columns = [L.applicant, L.idCard, L.mobile, L.requestedAt, L.actions].map((label) => ({ label }));

/** 绑定申请: the unit's pending requests, oldest first, each with 通过 and 驳回. */
export function BindingRequestsPanel({
  unitId,
  onDone,
  onFailed,
}: {
  unitId: string;
  onDone: (message: string) => void;
  onFailed: (message: string) => void;
}) {
  const list = useListState(PAGE_SIZE, {});
  const [rejectingId, setRejectingId] = useState<string | null>(null);
  const utils = api.useUtils();
  const requests = api.unitReview.pendingBindings.useQuery(
    { unitId, ...list.queryInput },
    { placeholderData: keepPreviousData },
  );
  const approve = api.unitReview.approveBinding.useMutation();
  const reject = api.unitReview.rejectBinding.useMutation();
  const data = requests.data;
  if (data && data.items.length === 0 && list.page > 1) list.setPage(list.page - 1);

  async function settle(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setRejectingId(null);
      onDone(done);
    } catch (error) {
      // A bad reason stays in the open form; anything else (already decided by a colleague) closes it.
      if (fieldErrorOf(error, "reason")) throw error;
      setRejectingId(null);
      onFailed(actionErrorMessage(error));
    }
    await utils.unitReview.invalidate();
  }

  const approveRow = (r: Request) =>
    settle(() => approve.mutateAsync({ bindingId: r.id }), L.approved(r.applicant.name));
  const rejectRow = (r: Request, reason: string) =>
    settle(() => reject.mutateAsync({ bindingId: r.id, reason }), L.rejected(r.applicant.name));

  return (
    <div className="space-y-3">
      <PagedTable
        label={L.requestsTable}
        columns={columns}
        data={data}
        loadingText={L.loading}
        emptyText={L.requestsEmpty}
        paging={list}
        renderRow={(r) => (
          <Fragment key={r.id}>
            <tr className="hover:bg-slate-50">
              <PersonCells person={r.applicant} />
              <Td label={L.requestedAt} className="whitespace-nowrap">
                {formatDateTime(r.requestedAt)}
              </Td>
              <Td kind="actions">
                <div className="flex gap-2">
                  <Button
                    size="sm"
                    aria-label={L.approveFor(r.applicant.name)}
                    pending={approve.isPending && approve.variables?.bindingId === r.id}
                    disabled={rejectingId === r.id}
                    onClick={() => approveRow(r)}
                  >
                    {L.approve}
                  </Button>
                  <Button
                    size="sm"
                    variant="danger"
                    aria-label={L.rejectFor(r.applicant.name)}
                    aria-expanded={rejectingId === r.id}
                    onClick={() => setRejectingId(rejectingId === r.id ? null : r.id)}
                  >
                    {L.reject}
                  </Button>
                </div>
              </Td>
            </tr>
            {rejectingId === r.id && (
              <tr className="bg-red-50/40">
                <td colSpan={columns.length} className="px-3 py-3">
                  <RejectBindingForm
                    bindingId={r.id}
                    applicantName={r.applicant.name}
                    onReject={(reason) => rejectRow(r, reason)}
                    onCancel={() => setRejectingId(null)}
                  />
                </td>
              </tr>
            )}
          </Fragment>
        )}
      />
    </div>
  );
}
