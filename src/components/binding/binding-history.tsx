"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { Card } from "@/components/page-title";
import { PagedTable } from "@/components/ui/paged-table";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { formatDateTime } from "@/lib/datetime";
import { api, type RouterOutputs } from "@/trpc/react";
import { BindingStatusBadge } from "./binding-status-badge";
import { bindingLabels as L } from "./labels";

const PAGE_SIZE = 10;

type HistoryRow = RouterOutputs["binding"]["history"]["items"][number];

/** 备注: the unit's reason for a rejection, otherwise how the binding ended. */
function remarkOf(row: HistoryRow): string {
  switch (row.status) {
    case "REJECTED":
      return row.rejectReason ?? "";
    case "PENDING":
      return L.remarkPending;
    case "WITHDRAWN":
      return L.remarkWithdrawn;
    case "UNBOUND":
      return L.remarkUnbound;
    default:
      return "";
  }
}

const columns = [L.unit, L.creditCode, L.status, L.requestedAt, L.handledAt, L.remark].map((label) => ({ label }));

/** 绑定记录: every binding the applicant requested, newest first. */
export function BindingHistory() {
  const list = useListState(PAGE_SIZE, {});
  const history = api.binding.history.useQuery(list.queryInput, { placeholderData: keepPreviousData });
  return (
    <Card title={L.historyTitle}>
      <div className="space-y-3">
        <PagedTable
          label={L.historyTable}
          columns={columns}
          data={history.data}
          loadingText={L.loading}
          emptyText={L.historyEmpty}
          paging={list}
          renderRow={(row) => (
            <tr key={row.id}>
              <Td kind="title" className="font-medium text-slate-900">
                {row.unit.name}
              </Td>
              <Td label={L.creditCode} className="font-mono text-xs">
                {row.unit.creditCode}
              </Td>
              <Td label={L.status}>
                <BindingStatusBadge status={row.status} />
              </Td>
              <Td label={L.requestedAt} className="whitespace-nowrap">
                {formatDateTime(row.requestedAt)}
              </Td>
              <Td label={L.handledAt} className="whitespace-nowrap">
                {formatDateTime(row.endedAt ?? row.decidedAt)}
              </Td>
              <Td label={L.remark}>{remarkOf(row)}</Td>
            </tr>
          )}
        />
      </div>
    </Card>
  );
}
