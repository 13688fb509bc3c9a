"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { PersonCells } from "@/components/person-cells";
import { PagedTable } from "@/components/ui/paged-table";
import { SearchBox } from "@/components/ui/search-box";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { formatDateTime } from "@/lib/datetime";
import { api } from "@/trpc/react";
import { unitLabels as L } from "./labels";

const PAGE_SIZE = 20;

const columns = [L.name, L.idCard, L.mobile, L.boundSince].map((label) => ({ label }));

/** 本单位人员: people bound to the unit, searchable by name or full 身份证号, numbers masked. */
export function UnitMembersPanel({ unitId }: { unitId: string }) {
  const list = useListState(PAGE_SIZE, { q: "" });
  const members = api.unitReview.members.useQuery(
    { unitId, ...list.queryInput },
    { placeholderData: keepPreviousData },
  );
  return (
    <div className="space-y-3">
      <div className="max-w-lg">
        <SearchBox
          id="member-search"
          label={L.memberSearch}
          placeholder={L.memberSearchPlaceholder}
          onSearch={(q) => list.filterBy({ q })}
        />
      </div>
      <PagedTable
        label={L.membersTable}
        columns={columns}
        data={members.data}
        loadingText={L.loading}
        emptyText={list.filters.q ? L.membersNoMatch : L.membersEmpty}
        paging={list}
        renderRow={(m) => (
          <tr key={m.id} className="hover:bg-slate-50">
            <PersonCells person={m.member} />
            <Td label={L.boundSince} className="whitespace-nowrap">
              {formatDateTime(m.boundSince)}
            </Td>
          </tr>
        )}
      />
    </div>
  );
}
