"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PagedTable } from "@/components/ui/paged-table";
import { actionErrorMessage } from "@/components/ui/server-error";
import { Td } from "@/components/ui/table";
import { useListState } from "@/components/ui/use-list-state";
import { isNoticeEditable, type NoticeTransition, transitionsFrom } from "@/lib/admin/notices/notice-status";
import { formatDateTime } from "@/lib/datetime";
import { labelOf, type NoticeStatusCode, noticeStatuses, titleLevels, titleSeries } from "@/lib/dictionaries";
import { api } from "@/trpc/react";
import { AdminToolbar } from "../admin-toolbar";
import { FlashBanner } from "../flash-banner";
import { commonLabels } from "../messages";
import { useEditing } from "../use-editing";
import { useFlash } from "../use-flash";
import { noticeLabels as L, transitionLabels } from "./labels";
import { NoticeForm } from "./notice-form";
import { NoticeStatusBadge } from "./notice-status-badge";

const PAGE_SIZE = 20;

export function NoticesManager() {
  const list = useListState(PAGE_SIZE, { status: undefined as NoticeStatusCode | undefined, q: "" });
  const { flash, success, error, clear } = useFlash();
  const editing = useEditing<{ id: string }>({ success, clear });
  const utils = api.useUtils();
  const notices = api.admin.notices.list.useQuery(list.queryInput, { placeholderData: keepPreviousData });
  const { status, q } = list.filters;
  const publish = api.admin.notices.publish.useMutation();
  const close = api.admin.notices.close.useMutation();
  const mutations: Record<NoticeTransition, typeof publish> = { publish, close };
  const pendingId = publish.isPending ? publish.variables?.id : close.isPending ? close.variables?.id : undefined;

  async function apply(transition: NoticeTransition, notice: { id: string; title: string }) {
    clear();
    try {
      await mutations[transition].mutateAsync({ id: notice.id });
      success(transitionLabels[transition].done(notice.title));
    } catch (e) {
      error(actionErrorMessage(e));
    } finally {
      // Refresh either way: a conflict means the list shows a status that is no longer true.
      await utils.admin.invalidate();
    }
  }

  const filters: { value: NoticeStatusCode | undefined; label: string }[] = [
    { value: undefined, label: commonLabels.all },
    ...noticeStatuses.map((s) => ({ value: s.code, label: s.label })),
  ];

  return (
    <div className="space-y-4">
      <FlashBanner flash={flash} />
      <AdminToolbar
        before={
          <fieldset className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-sm">
            <legend className="sr-only">{L.statusFilter}</legend>
            {filters.map((f) => (
              <button
                key={f.label}
                type="button"
                aria-pressed={status === f.value}
                onClick={() => list.filterBy({ status: f.value })}
                className="rounded px-3 py-1 text-sm text-slate-600 hover:bg-slate-50 aria-pressed:bg-brand-600 aria-pressed:text-white"
              >
                {f.label}
              </button>
            ))}
          </fieldset>
        }
        search={{
          id: "notice-search",
          label: L.search,
          placeholder: L.searchPlaceholder,
          onSearch: (value) => list.filterBy({ q: value }),
        }}
        createLabel={L.create}
        onCreate={editing.startNew}
      />
      {editing.isOpen && <NoticeForm key={editing.key} noticeId={editing.item?.id ?? null} {...editing.editorProps} />}
      <PagedTable
        label={L.table}
        columns={[
          { label: L.title },
          { label: L.series },
          { label: L.committee },
          { label: L.window },
          { label: L.status },
          { label: L.actions, className: "w-40" },
        ]}
        data={notices.data}
        emptyText={q || status ? commonLabels.empty : L.empty}
        paging={list}
        renderRow={(n) => (
          <tr key={n.id} className="hover:bg-slate-50">
            <Td kind="title">
              <p className="font-medium text-slate-900">{n.title}</p>
              <p className="mt-0.5 text-xs text-slate-500">
                {n.department.name} · {L.createdBy} {n.createdBy.name}
              </p>
            </Td>
            <Td label={L.series}>
              <p>{labelOf(titleSeries, n.series)}</p>
              <p className="mt-1 flex flex-wrap gap-1">
                {n.levels.map((level) => (
                  <Badge key={level}>{labelOf(titleLevels, level)}</Badge>
                ))}
              </p>
            </Td>
            <Td label={L.committee}>{n.committee.name}</Td>
            <Td label={L.window} className="whitespace-nowrap text-xs">
              <p>{formatDateTime(n.startsAt)}</p>
              <p className="text-slate-500">
                {L.to} {formatDateTime(n.endsAt)}
              </p>
            </Td>
            <Td label={L.status}>
              <NoticeStatusBadge status={n.status} />
            </Td>
            <Td kind="actions">
              <div className="flex flex-wrap items-center gap-2">
                {isNoticeEditable(n.status) && (
                  <Button variant="link" onClick={() => editing.edit({ id: n.id })}>
                    {commonLabels.edit}
                  </Button>
                )}
                {transitionsFrom(n.status).map((t) => (
                  <Button
                    key={t}
                    size="sm"
                    variant={t === "close" ? "danger" : "primary"}
                    pending={pendingId === n.id}
                    onClick={() => apply(t, n)}
                  >
                    {transitionLabels[t].button}
                  </Button>
                ))}
              </div>
            </Td>
          </tr>
        )}
      />
    </div>
  );
}
