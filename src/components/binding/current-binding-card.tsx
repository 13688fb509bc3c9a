"use client";

import { Card } from "@/components/page-title";
import { formatDateTime } from "@/lib/datetime";
import { api, type RouterOutputs } from "@/trpc/react";
import { BindingStatusBadge } from "./binding-status-badge";
import { bindingLabels as L } from "./labels";

export type CurrentBinding = RouterOutputs["binding"]["current"];

/** The applicant's one active binding (待审核 or 已绑定), or a note that there is none. */
export function CurrentBindingCard({ initial }: { initial: CurrentBinding }) {
  const current = api.binding.current.useQuery(undefined, { initialData: initial }).data;
  return (
    <Card title={L.currentTitle}>
      {!current ? (
        <p className="text-sm text-slate-600">{L.currentNone}</p>
      ) : (
        <div className="space-y-3" data-testid="current-binding">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{current.unit.name}</span>
            <BindingStatusBadge status={current.status} />
          </p>
          <p className="text-sm text-slate-600">
            {current.status === "PENDING" ? L.currentPending : L.currentApproved}
          </p>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-500">{L.creditCode}</dt>
            <dd className="font-mono">{current.unit.creditCode}</dd>
            <dt className="text-slate-500">{L.department}</dt>
            <dd>{current.unit.department.name}</dd>
            <dt className="text-slate-500">{L.requestedAt}</dt>
            <dd>{formatDateTime(current.requestedAt)}</dd>
            {current.decidedAt && (
              <>
                <dt className="text-slate-500">{L.decidedAt}</dt>
                <dd>{formatDateTime(current.decidedAt)}</dd>
              </>
            )}
          </dl>
        </div>
      )}
    </Card>
  );
}
