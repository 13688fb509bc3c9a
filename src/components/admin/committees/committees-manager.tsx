"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/inputs";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { Table, TableMessage, TBody, Td, Th, THead } from "@/components/ui/table";
import { labelOf, type TitleSeriesCode, titleSeries } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { FlashBanner } from "../flash-banner";
import { commonLabels } from "../messages";
import { SeriesOptions } from "../series-options";
import { useFlash } from "../use-flash";
import { CommitteeForm, type EditableCommittee } from "./committee-form";
import { committeeLabels as L } from "./labels";

const PAGE_SIZE = 20;

export function CommitteesManager() {
  const [q, setQ] = useState("");
  const [series, setSeries] = useState<TitleSeriesCode | "">("");
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<EditableCommittee | "new" | null>(null);
  const { flash, success, clear } = useFlash();
  const list = api.admin.committees.list.useQuery(
    { q, series: series || undefined, page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <SearchBox
            id="committee-search"
            label={L.search}
            placeholder={L.searchPlaceholder}
            onSearch={(value) => {
              setQ(value);
              setPage(1);
            }}
          />
          <label htmlFor="committee-series-filter" className="sr-only">
            {L.seriesFilter}
          </label>
          <Select
            id="committee-series-filter"
            className="w-40"
            value={series}
            onChange={(e) => {
              setSeries(e.target.value as TitleSeriesCode | "");
              setPage(1);
            }}
          >
            <SeriesOptions placeholder={L.allSeries} />
          </Select>
        </div>
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
        <CommitteeForm
          key={editing === "new" ? "new" : editing.id}
          committee={editing === "new" ? null : editing}
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
          <Th>{L.series}</Th>
          <Th>{L.department}</Th>
          <Th className="text-right">{L.members}</Th>
          <Th className="text-right">{L.notices}</Th>
          <Th className="w-20">{L.actions}</Th>
        </THead>
        <TBody>
          {!list.data ? (
            <TableMessage colSpan={6}>{commonLabels.loading}</TableMessage>
          ) : list.data.items.length === 0 ? (
            <TableMessage colSpan={6}>{q || series ? commonLabels.empty : L.empty}</TableMessage>
          ) : (
            list.data.items.map((c) => (
              <tr key={c.id} className="hover:bg-slate-50">
                <Td className="font-medium text-slate-900">{c.name}</Td>
                <Td>
                  <Badge tone="blue">{labelOf(titleSeries, c.series)}</Badge>
                </Td>
                <Td>{c.department.name}</Td>
                <Td className="text-right tabular-nums">{c._count.roles}</Td>
                <Td className="text-right tabular-nums">{c._count.notices}</Td>
                <Td>
                  <Button
                    variant="link"
                    aria-label={`${commonLabels.edit}：${c.name}`}
                    onClick={() => setEditing({ id: c.id, name: c.name, series: c.series, departmentId: c.departmentId })}
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
