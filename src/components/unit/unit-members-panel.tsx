"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { Table, TableMessage, TBody, Td, Th, THead } from "@/components/ui/table";
import { formatDateTime } from "@/lib/datetime";
import { api } from "@/trpc/react";
import { unitLabels as L } from "./labels";

const PAGE_SIZE = 20;

const columns = [L.name, L.idCard, L.mobile, L.boundSince];

/** 本单位人员: people bound to the unit, searchable by name or full 身份证号, numbers masked. */
export function UnitMembersPanel({ unitId }: { unitId: string }) {
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const members = api.unitReview.members.useQuery({ unitId, q, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData });
  const data = members.data;
  return (
    <div className="space-y-3">
      <div className="max-w-lg">
        <SearchBox
          id="member-search"
          label={L.memberSearch}
          placeholder={L.memberSearchPlaceholder}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
        />
      </div>
      <Table label={L.membersTable}>
        <THead>
          {columns.map((c) => (
            <Th key={c}>{c}</Th>
          ))}
        </THead>
        <TBody>
          {!data ? (
            <TableMessage colSpan={columns.length}>{L.loading}</TableMessage>
          ) : data.items.length === 0 ? (
            <TableMessage colSpan={columns.length}>{q ? L.membersNoMatch : L.membersEmpty}</TableMessage>
          ) : (
            data.items.map((m) => (
              <tr key={m.id} className="hover:bg-slate-50">
                <Td className="font-medium text-slate-900">{m.member.name}</Td>
                <Td className="font-mono text-xs">{m.member.idCardNumber}</Td>
                <Td className="font-mono text-xs">{m.member.mobile}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(m.boundSince)}</Td>
              </tr>
            ))
          )}
        </TBody>
      </Table>
      {data && <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPageChange={setPage} />}
    </div>
  );
}
