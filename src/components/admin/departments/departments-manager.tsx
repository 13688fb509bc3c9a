"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { Table, TableMessage, TBody, Td, Th, THead } from "@/components/ui/table";
import { formatDateTime } from "@/lib/datetime";
import { api } from "@/trpc/react";
import { FlashBanner } from "../flash-banner";
import { commonLabels } from "../messages";
import { useFlash } from "../use-flash";
import { DepartmentForm } from "./department-form";
import { departmentLabels as L } from "./labels";

const PAGE_SIZE = 20;

type Editing = { id: string; name: string } | "new" | null;

export function DepartmentsManager() {
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const { flash, success, clear } = useFlash();
  const list = api.admin.departments.list.useQuery({ q, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData });

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SearchBox
          id="department-search"
          label={L.search}
          placeholder={L.searchPlaceholder}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
        />
        <Button
          onClick={() => {
            clear();
            setEditing("new");
          }}
        >
          {L.create}
        </Button>
      </div>
      {editing && (
        <DepartmentForm
          key={editing === "new" ? "new" : editing.id}
          department={editing === "new" ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            success(message);
          }}
        />
      )}
      <Table label={L.table}>
        <THead>
          <Th>{L.name}</Th>
          <Th className="text-right">{L.units}</Th>
          <Th className="text-right">{L.committees}</Th>
          <Th>{L.createdAt}</Th>
          <Th className="w-24">{L.actions}</Th>
        </THead>
        <TBody>
          {!list.data ? (
            <TableMessage colSpan={5}>{commonLabels.loading}</TableMessage>
          ) : list.data.items.length === 0 ? (
            <TableMessage colSpan={5}>{q ? commonLabels.empty : L.empty}</TableMessage>
          ) : (
            list.data.items.map((d) => (
              <tr key={d.id} className="hover:bg-slate-50">
                <Td className="font-medium text-slate-900">{d.name}</Td>
                <Td className="text-right tabular-nums">{d._count.units}</Td>
                <Td className="text-right tabular-nums">{d._count.committees}</Td>
                <Td className="text-slate-500">{formatDateTime(d.createdAt)}</Td>
                <Td>
                  <Button variant="link" aria-label={`${L.rename}：${d.name}`} onClick={() => setEditing({ id: d.id, name: d.name })}>
                    {L.rename}
                  </Button>
                </Td>
              </tr>
            ))
          )}
        </TBody>
      </Table>
      {list.data && <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPageChange={setPage} />}
    </div>
  );
}
