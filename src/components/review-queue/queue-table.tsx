"use client";

import Link from "next/link";
import { PersonCells } from "@/components/person-cells";
import { Badge } from "@/components/ui/badge";
import { Table, TableMessage, TBody, Td, THead, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/datetime";
import {
  actionLabel,
  categoryLabel,
  queueLabels as l,
  levelLabel,
  queueStatusLabel,
  seriesLabel,
} from "@/lib/review-queue/labels";
import { type QueueRow, type QueueStage, type QueueTab, reviewPagePath } from "@/lib/review-queue/queue.schema";

export type RowResult = { ok: boolean; message?: string };

/** The queue's rows; 待审核 rows can be ticked for 批量通过 and carry that call's result. */
export function QueueTable({
  stage,
  tab,
  rows,
  loading,
  selected,
  results,
  onToggle,
  onToggleAll,
}: {
  stage: QueueStage;
  tab: QueueTab;
  rows: QueueRow[];
  loading: boolean;
  selected: ReadonlySet<string>;
  results: ReadonlyMap<string, RowResult>;
  onToggle: (id: string) => void;
  onToggleAll: (checked: boolean) => void;
}) {
  const selectable = tab === "pending";
  const c = l.columns;
  const columnCount = selectable ? 11 : 10;
  const allChecked = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <Table label={`${l.section}：${l.tabs[tab]}`}>
      <THead>
        {selectable && (
          <Th>
            <input
              type="checkbox"
              aria-label="全选本页"
              checked={allChecked}
              onChange={(e) => onToggleAll(e.target.checked)}
              className="size-4 accent-brand-600"
            />
          </Th>
        )}
        <Th>{c.name}</Th>
        <Th>{c.idCard}</Th>
        <Th>{c.mobile}</Th>
        <Th>{c.unit}</Th>
        <Th>{c.notice}</Th>
        <Th>{`${c.series} / ${c.level}`}</Th>
        <Th>{c.category}</Th>
        <Th>{c.submittedAt}</Th>
        <Th>{tab === "done" ? c.lastAction : c.status}</Th>
        <Th>{c.actions}</Th>
      </THead>
      <TBody>
        {rows.length === 0 && <TableMessage colSpan={columnCount}>{loading ? l.loading : l.empty}</TableMessage>}
        {rows.map((row) => {
          const result = results.get(row.id);
          return (
            <tr key={row.id} className={selected.has(row.id) ? "bg-brand-50/50" : undefined}>
              {selectable && (
                <Td>
                  <input
                    type="checkbox"
                    aria-label={`选择 ${row.applicantName}`}
                    checked={selected.has(row.id)}
                    onChange={() => onToggle(row.id)}
                    className="size-4 accent-brand-600"
                  />
                </Td>
              )}
              <PersonCells
                nowrap
                person={{ name: row.applicantName, idCardNumber: row.idCardMasked, mobile: row.mobileMasked }}
              />
              <Td label={c.unit}>{row.unitName}</Td>
              <Td label={c.notice}>{row.noticeTitle}</Td>
              <Td
                label={`${c.series} / ${c.level}`}
                className="whitespace-nowrap"
              >{`${seriesLabel(row.series)} / ${levelLabel(row.level)}`}</Td>
              <Td label={c.category} className="whitespace-nowrap">
                {categoryLabel(row)}
              </Td>
              <Td label={c.submittedAt} className="whitespace-nowrap">
                {formatDateTime(row.submittedAt)}
              </Td>
              <Td label={tab === "done" ? c.lastAction : c.status} className="min-w-36">
                {tab === "done" ? (
                  <div>
                    <Badge tone={row.lastAction?.action === "PASS" ? "green" : "amber"}>
                      {actionLabel(row.lastAction?.action)}
                    </Badge>
                    <div className="mt-1 text-xs text-slate-500">{queueStatusLabel(row)}</div>
                  </div>
                ) : (
                  queueStatusLabel(row)
                )}
                {result && (
                  <div className={`mt-1 text-xs ${result.ok ? "text-green-700" : "text-red-700"}`} role="status">
                    {result.ok ? l.passed : result.message}
                  </div>
                )}
              </Td>
              <Td kind="actions">
                <Link className="whitespace-nowrap text-brand-700 hover:underline" href={reviewPagePath[stage](row.id)}>
                  {l.review}
                </Link>
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
