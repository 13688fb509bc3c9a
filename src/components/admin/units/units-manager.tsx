"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { Table, TableMessage, TBody, Td, Th, THead } from "@/components/ui/table";
import { api } from "@/trpc/react";
import { FlashBanner } from "../flash-banner";
import { commonLabels } from "../messages";
import { useFlash } from "../use-flash";
import { unitLabels as L } from "./labels";
import { type EditableUnit, UnitForm } from "./unit-form";

const PAGE_SIZE = 20;

export function UnitsManager() {
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<EditableUnit | "new" | null>(null);
  const { flash, success, clear } = useFlash();
  const list = api.admin.units.list.useQuery({ q, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData });

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SearchBox
          id="unit-search"
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
        <UnitForm
          key={editing === "new" ? "new" : editing.id}
          unit={editing === "new" ? null : editing}
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
          <Th>{L.creditCode}</Th>
          <Th>{L.department}</Th>
          <Th className="text-right">{L.reviewers}</Th>
          <Th className="w-20">{L.actions}</Th>
        </THead>
        <TBody>
          {!list.data ? (
            <TableMessage colSpan={5}>{commonLabels.loading}</TableMessage>
          ) : list.data.items.length === 0 ? (
            <TableMessage colSpan={5}>{q ? commonLabels.empty : L.empty}</TableMessage>
          ) : (
            list.data.items.map((u) => (
              <tr key={u.id} className="hover:bg-slate-50">
                <Td className="font-medium text-slate-900">{u.name}</Td>
                <Td className="font-mono text-xs">{u.creditCode}</Td>
                <Td>{u.department.name}</Td>
                <Td className="text-right">
                  <Badge tone={u._count.roles > 0 ? "blue" : "gray"}>{u._count.roles}</Badge>
                </Td>
                <Td>
                  <Button
                    variant="link"
                    aria-label={`${commonLabels.edit}：${u.name}`}
                    onClick={() => setEditing({ id: u.id, name: u.name, creditCode: u.creditCode, departmentId: u.departmentId })}
                  >
                    {commonLabels.edit}
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
