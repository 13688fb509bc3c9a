"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { writeToAddress } from "@/components/ui/address-state";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/inputs";
import { actionErrorMessage, fieldErrorOf } from "@/components/ui/server-error";
import { queueLabels as l } from "@/lib/review-queue/labels";
import { type QueueStage, type QueueTab, queueExportUrl, queueTabs } from "@/lib/review-queue/queue.schema";
import { api } from "@/trpc/react";
import { type FilterValues, filtersFromAddress, QueueFilters } from "./queue-filters";
import { QueueTable, type RowResult } from "./queue-table";

const PAGE_SIZE = 20;

/** The queue as shown, in the address: its filters, and the tab unless it is the first (待审核). */
const keepInAddress = (filters: FilterValues, tab: QueueTab) =>
  writeToAddress({ ...filters, tab: tab === "pending" ? "" : tab });

/**
 * 申报审核: the reviewer's queue at `stage` (their units' or department's applications, scoped by
 * the server), with 待审核/已审核 tabs and their counts, the filters, 加载更多 by cursor, 导出Excel
 * of the current filter, and 批量通过 of ticked 待审核 rows with each row's result.
 */
export function ReviewQueue({ stage }: { stage: QueueStage }) {
  // The tab and filters live in the address too, so Back from a review page returns to the same list.
  const searchParams = useSearchParams();
  const [tab, setTab] = useState<QueueTab>(() => queueTabs.find((t) => t === searchParams.get("tab")) ?? "pending");
  const [filters, setFilters] = useState<FilterValues>(() => filtersFromAddress(searchParams));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<Map<string, RowResult>>(new Map());
  const [summary, setSummary] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [opinion, setOpinion] = useState("");

  const utils = api.useUtils();
  const notices = api.reviewQueue.notices.useQuery({ stage });
  const counts = api.reviewQueue.counts.useQuery({ stage, filters });
  const list = api.reviewQueue.list.useInfiniteQuery(
    { stage, tab, filters, limit: PAGE_SIZE },
    { getNextPageParam: (last) => last.nextCursor ?? undefined },
  );
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const passMany = api.review.passMany.useMutation();

  const clearSelection = () => {
    setSelected(new Set());
    setResults(new Map());
    setSummary(null);
  };

  const batchPass = async () => {
    const chosen = rows.filter((r) => selected.has(r.id));
    if (chosen.length === 0 || !window.confirm(l.batchConfirm(chosen.length))) return;
    try {
      const { results: outcome } = await passMany.mutateAsync({
        stage,
        applicationIds: chosen.map((r) => r.id),
        opinion: opinion || undefined,
      });
      const names = new Map(chosen.map((r) => [r.id, r.applicantName]));
      const ok = outcome.filter((r) => r.ok).length;
      setResults(new Map(outcome.map((r) => [r.applicationId, { ok: r.ok, message: r.message }])));
      setSummary({
        tone: ok === outcome.length ? "success" : "error",
        text: [
          l.batchDone(ok, outcome.length - ok),
          ...outcome.map((r) => `${names.get(r.applicationId) ?? ""}：${r.ok ? l.passed : r.message}`),
        ].join("\n"),
      });
      setSelected(new Set(outcome.filter((r) => !r.ok).map((r) => r.applicationId)));
      setOpinion("");
      await Promise.all([utils.reviewQueue.list.invalidate(), utils.reviewQueue.counts.invalidate()]);
    } catch (error) {
      setSummary({ tone: "error", text: actionErrorMessage(error) });
    }
  };

  const count = (t: QueueTab) => counts.data?.[t];
  const filterError = fieldErrorOf(list.error ?? counts.error, "filters.submittedTo");

  return (
    <div className="space-y-4">
      <QueueFilters
        notices={notices.data ?? []}
        error={filterError}
        applied={filters}
        onApply={(next) => {
          setFilters(next);
          keepInAddress(next, tab);
          clearSelection();
        }}
      />

      <div className="flex flex-wrap items-end justify-between gap-3 border-b border-slate-200">
        <div role="tablist" aria-label={l.section} className="flex gap-1">
          {queueTabs.map((t) => (
            <button
              key={t}
              id={`queue-tab-${t}`}
              type="button"
              role="tab"
              aria-selected={tab === t}
              aria-controls="queue-panel"
              onClick={() => {
                setTab(t);
                keepInAddress(filters, t);
                clearSelection();
              }}
              className="-mb-px inline-flex items-center gap-1.5 border-b-2 border-transparent px-4 py-2 text-sm text-slate-600 hover:text-slate-900 aria-selected:border-brand-600 aria-selected:font-medium aria-selected:text-brand-700"
            >
              {l.tabs[t]}
              <Badge tone={t === "pending" ? "amber" : "gray"}>{count(t) ?? "…"}</Badge>
            </button>
          ))}
        </div>
        <a
          href={queueExportUrl(stage, tab, filters)}
          download
          className="mb-1 inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
        >
          {l.export}
        </a>
      </div>

      <div id="queue-panel" role="tabpanel" aria-labelledby={`queue-tab-${tab}`} className="space-y-3">
        {tab === "pending" && (
          <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-white px-3 py-2">
            <span className="text-sm text-slate-600">{l.selected(selected.size)}</span>
            <TextInput
              aria-label={l.batchOpinion}
              placeholder={l.batchOpinion}
              value={opinion}
              maxLength={500}
              onChange={(e) => setOpinion(e.target.value)}
              className="max-w-md"
            />
            <Button disabled={selected.size === 0} pending={passMany.isPending} onClick={batchPass}>
              {l.batchPass}
            </Button>
          </div>
        )}
        {summary && (
          <Alert tone={summary.tone}>
            <div className="whitespace-pre-line" data-testid="batch-result">
              {summary.text}
            </div>
          </Alert>
        )}
        {list.error && !filterError && <Alert tone="error">{actionErrorMessage(list.error)}</Alert>}
        <QueueTable
          stage={stage}
          tab={tab}
          rows={rows}
          loading={list.isLoading}
          selected={selected}
          results={results}
          onToggle={(id) =>
            setSelected((s) => {
              const next = new Set(s);
              if (!next.delete(id)) next.add(id);
              return next;
            })
          }
          onToggleAll={(checked) => setSelected(checked ? new Set(rows.map((r) => r.id)) : new Set())}
        />
        {list.hasNextPage && (
          <div className="text-center">
            <Button variant="secondary" pending={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
              {l.loadMore}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
