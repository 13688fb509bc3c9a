"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/inputs";
import { PagedTable } from "@/components/ui/paged-table";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { labelOf, type TitleSeriesCode, titleSeries } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { AdminToolbar } from "../admin-toolbar";
import { FlashBanner } from "../flash-banner";
import { commonLabels } from "../messages";
import { SeriesOptions } from "../series-options";
import { useEditing } from "../use-editing";
import { useFlash } from "../use-flash";
import { CommitteeForm, type EditableCommittee } from "./committee-form";
import { committeeLabels as L } from "./labels";

const PAGE_SIZE = 20;

export function CommitteesManager() {
  const list = useListState(PAGE_SIZE, { q: "", series: undefined as TitleSeriesCode | undefined });
  const { flash, success, clear } = useFlash();
  const editing = useEditing<EditableCommittee>({ success, clear });
  const committees = api.admin.committees.list.useQuery(list.queryInput, { placeholderData: keepPreviousData });
  const { q, series } = list.filters;

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <AdminToolbar
        search={{
          id: "committee-search",
          label: L.search,
          placeholder: L.searchPlaceholder,
          onSearch: (value) => list.filterBy({ q: value }),
        }}
        after={
          <>
            <label htmlFor="committee-series-filter" className="sr-only">
              {L.seriesFilter}
            </label>
            <Select
              id="committee-series-filter"
              className="w-40"
              value={series ?? ""}
              onChange={(e) => list.filterBy({ series: (e.target.value as TitleSeriesCode | "") || undefined })}
            >
              <SeriesOptions placeholder={L.allSeries} />
            </Select>
          </>
        }
        createLabel={L.create}
        onCreate={editing.startNew}
      />
      {editing.isOpen && <CommitteeForm key={editing.key} committee={editing.item} {...editing.editorProps} />}
      <PagedTable
        label={L.table}
        columns={[
          { label: L.name },
          { label: L.code },
          { label: L.series },
          { label: L.department },
          { label: L.members, className: "text-right" },
          { label: L.notices, className: "text-right" },
          { label: L.actions, className: "w-20" },
        ]}
        data={committees.data}
        emptyText={q || series ? commonLabels.empty : L.empty}
        paging={list}
        renderRow={(c) => (
          <tr key={c.id} className="hover:bg-slate-50">
            <Td kind="title" className="font-medium text-slate-900">
              {c.name}
            </Td>
            <Td label={L.code} className="font-mono">
              {c.code}
            </Td>
            <Td label={L.series}>
              <Badge tone="blue">{labelOf(titleSeries, c.series)}</Badge>
            </Td>
            <Td label={L.department}>{c.department.name}</Td>
            <Td label={L.members} className="text-right tabular-nums">
              {c._count.roles}
            </Td>
            <Td label={L.notices} className="text-right tabular-nums">
              {c._count.notices}
            </Td>
            <Td kind="actions">
              <Button
                variant="link"
                aria-label={`${commonLabels.edit}：${c.name}`}
                onClick={() =>
                  editing.edit({ id: c.id, name: c.name, code: c.code, series: c.series, departmentId: c.departmentId })
                }
              >
                {commonLabels.edit}
              </Button>
            </Td>
          </tr>
        )}
      />
    </div>
  );
}
