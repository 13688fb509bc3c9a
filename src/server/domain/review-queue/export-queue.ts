import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { shanghaiDate } from "@/lib/calendar/calendar-date";
import { formatDateTime } from "@/lib/datetime";
import { labelOf } from "@/lib/dictionaries";
import { reviewStageOf } from "@/lib/review/review-stages";
import {
  actionLabel,
  categoryLabel,
  queueLabels as l,
  levelLabel,
  queueStatusLabel,
  seriesLabel,
} from "@/lib/review-queue/labels";
import { reviewQueueMessages as m } from "@/lib/review-queue/messages";
import type { QueueStage } from "@/lib/review-queue/queue.schema";
import { categoryFilters, type QueueFilters, type QueueTab } from "@/lib/review-queue/queue.schema";
import type { ScopedRole } from "@/lib/roles/role-scopes";
import type { Db } from "@/server/db";
import { countTab } from "./count-queue";
import { queuePageRows, withDecisions } from "./list-queue";
import type { QueueCursor } from "./queue-cursor";
import { type QueueScope, requireQueueScope } from "./queue-scope";

/** At most this many rows go into one file, so one request cannot hold the server for long. */
export const EXPORT_MAX_ROWS = 10_000;
/** Rows read per statement while writing: the list's own keyset query, page after page. */
const CHUNK = 500;

export type QueueExportInput = { stage: QueueStage; tab: QueueTab; filters: QueueFilters };

const columns = (tab: QueueTab) => [
  { header: "序号", width: 7 },
  { header: l.columns.name, width: 12 },
  { header: l.columns.idCard, width: 22 },
  { header: l.columns.mobile, width: 14 },
  { header: l.columns.unit, width: 30 },
  { header: l.columns.notice, width: 30 },
  { header: l.columns.series, width: 14 },
  { header: l.columns.level, width: 10 },
  { header: l.columns.category, width: 22 },
  { header: l.columns.submittedAt, width: 18 },
  { header: l.columns.status, width: 24 },
  ...(tab === "done"
    ? [
        { header: l.columns.lastAction, width: 10 },
        { header: "审核时间", width: 18 },
        { header: "审核意见", width: 40 },
      ]
    : []),
];

/** The filter in words, written above the table so a printed sheet says what it lists. */
async function describeFilters(db: Db, filters: QueueFilters): Promise<string> {
  const parts: string[] = [];
  if (filters.noticeId) {
    const notice = await db.notice.findUnique({ where: { id: filters.noticeId }, select: { title: true } });
    parts.push(`${l.filters.notice}：${notice?.title ?? ""}`);
  }
  if (filters.series) parts.push(`${l.filters.series}：${seriesLabel(filters.series)}`);
  if (filters.level) parts.push(`${l.filters.level}：${levelLabel(filters.level)}`);
  if (filters.category) parts.push(`${l.filters.category}：${labelOf(categoryFilters, filters.category)}`);
  if (filters.submittedFrom || filters.submittedTo)
    parts.push(`提交日期：${filters.submittedFrom ?? ""} 至 ${filters.submittedTo ?? ""}`);
  if (filters.q) parts.push(`${l.filters.q}：${filters.q}`);
  return parts.length > 0 ? `筛选条件：${parts.join("；")}` : "筛选条件：全部";
}

async function writeRows(
  db: Db,
  scope: QueueScope,
  input: QueueExportInput,
  sheet: ExcelJS.Worksheet,
  maxRows: number,
) {
  let written = 0;
  let cursor: QueueCursor | undefined;
  while (written < maxRows) {
    const raw = await queuePageRows(db, scope, input.tab, input.filters, Math.min(CHUNK, maxRows - written), cursor);
    for (const row of await withDecisions(db, scope, input.tab, raw)) {
      written += 1;
      sheet
        .addRow([
          written,
          row.applicantName,
          row.idCardMasked,
          row.mobileMasked,
          row.unitName,
          row.noticeTitle,
          seriesLabel(row.series),
          levelLabel(row.level),
          categoryLabel(row),
          formatDateTime(row.submittedAt),
          queueStatusLabel(row),
          ...(input.tab === "done"
            ? [actionLabel(row.lastAction?.action), formatDateTime(row.lastAction?.at), row.lastAction?.opinion ?? ""]
            : []),
        ])
        .commit();
    }
    const last = raw.at(-1);
    if (!last || raw.length < CHUNK) break;
    cursor = { submittedAt: last.submittedAt, id: last.id };
  }
}

/**
 * 导出Excel of a queue under the list's scope and filters: the caller's scope is required before
 * anything is written (so a refusal is still a JSON answer), then the workbook is streamed row by
 * row as it is read, at most EXPORT_MAX_ROWS rows, newest submission first — a longer list says so
 * in the file and in the `X-Export-Truncated` header. 身份证号 and mobile numbers are masked as in the list.
 */
export async function exportQueue(
  db: Db,
  roles: readonly ScopedRole[],
  input: QueueExportInput,
  { now = new Date(), maxRows = EXPORT_MAX_ROWS }: { now?: Date; maxRows?: number } = {},
) {
  const scope = requireQueueScope(input.stage, roles);
  const total = await countTab(db, scope, input.tab, input.filters);
  const filterText = await describeFilters(db, input.filters);
  const stageLabel = reviewStageOf(input.stage).label;
  const tabLabel = l.tabs[input.tab];
  const day = shanghaiDate(now).replaceAll("-", "");

  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  workbook.creator = "职称申报评审及证书管理系统";
  workbook.created = now;
  const sheet = workbook.addWorksheet(l.exportSheet, { views: [{ state: "frozen", ySplit: 3 }] });
  sheet.columns = columns(input.tab).map((c) => ({ width: c.width }));
  sheet.addRow([`${stageLabel} · ${tabLabel}（导出时间 ${formatDateTime(now)}，共 ${total} 条）`]).commit();
  sheet.addRow([filterText]).commit();
  const header = sheet.addRow(columns(input.tab).map((c) => c.header));
  header.font = { bold: true };
  header.commit();

  const write = async () => {
    try {
      await writeRows(db, scope, input, sheet, maxRows);
      if (total > maxRows) sheet.addRow([m.exportTooLarge(maxRows, total)]).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  };
  void write();

  return {
    fileName: `${l.section}-${stageLabel}-${tabLabel}-${day}.xlsx`,
    asciiFileName: `review-queue-${input.stage.toLowerCase()}-${input.tab}-${day}.xlsx`,
    total,
    truncated: total > maxRows,
    body: Readable.toWeb(output) as ReadableStream<Uint8Array>,
  };
}
