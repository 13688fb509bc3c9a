"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { PagedTable } from "@/components/ui/paged-table";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { formatDateTime } from "@/lib/datetime";
import { api } from "@/trpc/react";
import { AdminToolbar } from "../admin-toolbar";
import { FlashBanner } from "../flash-banner";
import { commonLabels } from "../messages";
import { useEditing } from "../use-editing";
import { useFlash } from "../use-flash";
import { DepartmentForm, type EditableDepartment } from "./department-form";
import { departmentLabels as L } from "./labels";

const PAGE_SIZE = 20;

export function DepartmentsManager() {
  const list = useListState(PAGE_SIZE, { q: "" });
  const { flash, success, clear } = useFlash();
  const editing = useEditing<EditableDepartment>({ success, clear });
  const departments = api.admin.departments.list.useQuery(list.queryInput, { placeholderData: keepPreviousData });

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <AdminToolbar
        search={{
          id: "department-search",
          label: L.search,
          placeholder: L.searchPlaceholder,
          onSearch: (q) => list.filterBy({ q }),
        }}
        createLabel={L.create}
        onCreate={editing.startNew}
      />
      {editing.isOpen && <DepartmentForm key={editing.key} department={editing.item} {...editing.editorProps} />}
      <PagedTable
        label={L.table}
        columns={[
          { label: L.name },
          { label: L.units, className: "text-right" },
          { label: L.committees, className: "text-right" },
          { label: L.createdAt },
          { label: L.actions, className: "w-24" },
        ]}
        data={departments.data}
        emptyText={list.filters.q ? commonLabels.empty : L.empty}
        paging={list}
        renderRow={(d) => (
          <tr key={d.id} className="hover:bg-slate-50">
            <Td kind="title" className="font-medium text-slate-900">
              {d.name}
            </Td>
            <Td label={L.units} className="text-right tabular-nums">
              {d._count.units}
            </Td>
            <Td label={L.committees} className="text-right tabular-nums">
              {d._count.committees}
            </Td>
            <Td label={L.createdAt} className="text-slate-500">
              {formatDateTime(d.createdAt)}
            </Td>
            <Td kind="actions">
              <Button
                variant="link"
                aria-label={`${L.rename}：${d.name}`}
                onClick={() => editing.edit({ id: d.id, name: d.name })}
              >
                {L.rename}
              </Button>
            </Td>
          </tr>
        )}
      />
    </div>
  );
}
