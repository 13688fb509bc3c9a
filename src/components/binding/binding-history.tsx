"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "@/components/page-title";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableMessage, TBody, Td, Th, THead } from "@/components/ui/table";
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

const columns = [L.unit, L.creditCode, L.status, L.requestedAt, L.handledAt, L.remark];

/** 绑定记录: every binding the applicant requested, newest first. */
export function BindingHistory() {
  const [page, setPage] = useState(1);
  const history = api.binding.history.useQuery({ page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData });
  const data = history.data;
  return (
    <Card title={L.historyTitle}>
      <div className="space-y-3">
        <Table label={L.historyTable}>
          <THead>
            {columns.map((c) => (
              <Th key={c}>{c}</Th>
            ))}
          </THead>
          <TBody>
            {!data ? (
              <TableMessage colSpan={columns.length}>{L.loading}</TableMessage>
            ) : data.items.length === 0 ? (
              <TableMessage colSpan={columns.length}>{L.historyEmpty}</TableMessage>
            ) : (
              data.items.map((row) => (
                <tr key={row.id}>
                  <Td className="font-medium text-slate-900">{row.unit.name}</Td>
                  <Td className="font-mono text-xs">{row.unit.creditCode}</Td>
                  <Td>
                    <BindingStatusBadge status={row.status} />
                  </Td>
                  <Td className="whitespace-nowrap">{formatDateTime(row.requestedAt)}</Td>
                  <Td className="whitespace-nowrap">{formatDateTime(row.endedAt ?? row.decidedAt)}</Td>
                  <Td>{remarkOf(row)}</Td>
                </tr>
              ))
            )}
          </TBody>
        </Table>
        {data && <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPageChange={setPage} />}
      </div>
    </Card>
  );
}
