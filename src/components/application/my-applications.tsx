"use client";

import { keepPreviousData } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableMessage, TBody, Td, Th, THead } from "@/components/ui/table";
import { formatDateTime } from "@/lib/datetime";
import { isEditableStatus } from "@/server/domain/application/application-status";
import { hallRoutes } from "@/components/hall/routes";
import { api } from "@/trpc/react";
import { ApplicationStatusBadge } from "./application-status-badge";
import { errorMessage } from "./error-message";
import { myApplicationsLabels as L } from "./labels";

const PAGE_SIZE = 10;
const COLUMNS = [L.notice, L.unit, L.status, L.createdAt, L.actions];

/** 我的申报: the applicant's application history with the way back into each. */
export function MyApplications() {
  const [page, setPage] = useState(1);
  const mine = api.application.mine.useQuery({ page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData });
  const data = mine.data;
  return (
    <div className="space-y-3">
      {mine.error && <Alert tone="error">{errorMessage(mine.error)}</Alert>}
      <Table label={L.table}>
        <THead>
          {COLUMNS.map((c) => (
            <Th key={c}>{c}</Th>
          ))}
        </THead>
        <TBody>
          {!data ? (
            <TableMessage colSpan={COLUMNS.length}>{L.loading}</TableMessage>
          ) : data.items.length === 0 ? (
            <TableMessage colSpan={COLUMNS.length}>{L.empty}</TableMessage>
          ) : (
            data.items.map((a) => (
              <tr key={a.id} className="hover:bg-slate-50">
                <Td className="font-medium text-slate-900">{a.notice.title}</Td>
                <Td>{a.unit.name}</Td>
                <Td>
                  <ApplicationStatusBadge status={a.status} />
                </Td>
                <Td className="whitespace-nowrap">{formatDateTime(a.createdAt)}</Td>
                <Td>
                  <Link href={hallRoutes.application(a.id)} className="font-medium text-brand-700 hover:underline">
                    {isEditableStatus(a.status) ? L.continueFilling : L.view}
                  </Link>
                </Td>
              </tr>
            ))
          )}
        </TBody>
      </Table>
      {data && data.total > PAGE_SIZE && <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPageChange={setPage} />}
    </div>
  );
}
