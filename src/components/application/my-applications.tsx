"use client";

import { keepPreviousData } from "@tanstack/react-query";
import Link from "next/link";
import { hallRoutes } from "@/components/hall/routes";
import { Alert } from "@/components/ui/alert";
import { PagedTable } from "@/components/ui/paged-table";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { formatDateTime } from "@/lib/datetime";
import { SUBMITTED_STATUSES } from "@/lib/review/review-stages";
import { api } from "@/trpc/react";
import { ApplicationStatusBadge } from "./application-status-badge";
import { errorMessage } from "./error-message";
import { myApplicationsLabels as L } from "./labels";
import { OpenApplicationLink } from "./open-application-link";

const PAGE_SIZE = 10;
const COLUMNS = [L.notice, L.unit, L.status, L.createdAt, L.submittedAt, L.actions].map((label) => ({ label }));

/** 我的申报: the applicant's application history with the way back into each, and 进度跟踪 once submitted. */
export function MyApplications() {
  const list = useListState(PAGE_SIZE, {});
  const mine = api.application.mine.useQuery(list.queryInput, { placeholderData: keepPreviousData });
  return (
    <div className="space-y-3">
      {mine.error && <Alert tone="error">{errorMessage(mine.error)}</Alert>}
      <PagedTable
        label={L.table}
        columns={COLUMNS}
        data={mine.data}
        loadingText={L.loading}
        emptyText={L.empty}
        paging={list}
        pagerOnlyWhenPaged
        renderRow={(a) => (
          <tr key={a.id} className="hover:bg-slate-50">
            <Td kind="title" className="font-medium text-slate-900">
              {a.notice.title}
            </Td>
            <Td label={L.unit}>{a.unit.name}</Td>
            <Td label={L.status}>
              <ApplicationStatusBadge status={a.status} />
            </Td>
            <Td label={L.createdAt} className="whitespace-nowrap">
              {formatDateTime(a.createdAt)}
            </Td>
            <Td label={L.submittedAt} className="whitespace-nowrap">
              {a.submittedAt ? formatDateTime(a.submittedAt) : "—"}
            </Td>
            <Td kind="actions">
              <span className="flex gap-3">
                <OpenApplicationLink application={a} />
                {SUBMITTED_STATUSES.includes(a.status) && (
                  <Link href={hallRoutes.progress(a.id)} className="font-medium text-brand-700 hover:underline">
                    {L.progress}
                  </Link>
                )}
              </span>
            </Td>
          </tr>
        )}
      />
    </div>
  );
}
