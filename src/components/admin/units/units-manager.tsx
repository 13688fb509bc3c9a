"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PagedTable } from "@/components/ui/paged-table";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { api } from "@/trpc/react";
import { AdminToolbar } from "../admin-toolbar";
import { FlashBanner } from "../flash-banner";
import { commonLabels } from "../messages";
import { useEditing } from "../use-editing";
import { useFlash } from "../use-flash";
import { unitLabels as L } from "./labels";
import { type EditableUnit, UnitForm } from "./unit-form";

const PAGE_SIZE = 20;

export function UnitsManager() {
  const list = useListState(PAGE_SIZE, { q: "" });
  const { flash, success, clear } = useFlash();
  const editing = useEditing<EditableUnit>({ success, clear });
  const units = api.admin.units.list.useQuery(list.queryInput, { placeholderData: keepPreviousData });

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <AdminToolbar
        search={{
          id: "unit-search",
          label: L.search,
          placeholder: L.searchPlaceholder,
          onSearch: (q) => list.filterBy({ q }),
        }}
        createLabel={L.create}
        onCreate={editing.startNew}
      />
      {editing.isOpen && <UnitForm key={editing.key} unit={editing.item} {...editing.editorProps} />}
      <PagedTable
        label={L.table}
        columns={[
          { label: L.name },
          { label: L.creditCode },
          { label: L.department },
          { label: L.reviewers, className: "text-right" },
          { label: L.actions, className: "w-20" },
        ]}
        data={units.data}
        emptyText={list.filters.q ? commonLabels.empty : L.empty}
        paging={list}
        renderRow={(u) => (
          <tr key={u.id} className="hover:bg-slate-50">
            <Td kind="title" className="font-medium text-slate-900">
              {u.name}
            </Td>
            <Td label={L.creditCode} className="font-mono text-xs">
              {u.creditCode}
            </Td>
            <Td label={L.department}>{u.department.name}</Td>
            <Td label={L.reviewers} className="text-right">
              <Badge tone={u._count.roles > 0 ? "blue" : "gray"}>{u._count.roles}</Badge>
            </Td>
            <Td kind="actions">
              <Button
                variant="link"
                aria-label={`${commonLabels.edit}：${u.name}`}
                onClick={() =>
                  editing.edit({ id: u.id, name: u.name, creditCode: u.creditCode, departmentId: u.departmentId })
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
