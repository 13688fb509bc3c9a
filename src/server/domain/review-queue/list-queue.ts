import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TitleLevelCode } from "@/lib/dictionaries";
import { maskIdCard, maskMobile } from "@/lib/mask";
import type { FlowActionCode } from "@/lib/review/application-transitions";
import type { ReviewStageCode } from "@/lib/review/review-stages";
import type { QueueFilters, QueueListInput, QueuePage, QueueRow, QueueTab } from "@/lib/review-queue/queue.schema";
import type { ScopedRole } from "@/lib/roles/role-scopes";
import type { Db } from "@/server/db";
import { REVIEW_DECISIONS } from "./queue-columns";
import { decodeCursor, encodeCursor, type QueueCursor } from "./queue-cursor";
import { type QueueScope, requireQueueScope } from "./queue-scope";
import { queueWhere } from "./queue-where";

type RawRow = {
  id: string;
  applicantName: string | null;
  userName: string;
  idCardNumber: string | null;
  mobile: string | null;
  unitName: string | null;
  noticeTitle: string;
  series: string | null;
  appliedLevel: TitleLevelCode | null;
  category: string | null;
  exceptionalCategory: string | null;
  submittedAt: Date;
  status: string;
  stage: ReviewStageCode | null;
};

/**
 * One page of a queue, newest submission first, in one statement. The inner query names only
 * columns of the queue's index, so PostgreSQL reads the page's keys by an index-only scan in
 * order, testing the filters (a name prefix too) on the index entries without visiting rows it
 * will not show; then each shown row is joined to its person, notice and 基本信息 by primary key.
 * The mobile number is the one 基本信息 gives (else the account's).
 */
export function queuePageSql(
  scope: QueueScope,
  tab: QueueTab,
  filters: QueueFilters,
  limit: number,
  cursor?: QueueCursor,
): Prisma.Sql {
  return Prisma.sql`
    SELECT a."id", a."applicantName", u."name" AS "userName", u."idCardNumber",
           COALESCE(s."data"->>'mobile', u."mobile") AS "mobile",
           a."unitSnapshot"->>'name' AS "unitName", n."title" AS "noticeTitle",
           a."series", a."appliedLevel"::text AS "appliedLevel", a."category", a."exceptionalCategory",
           a."submittedAt", a."status"::text AS "status", a."stage"::text AS "stage"
    FROM (
      SELECT a."id", a."submittedAt" FROM "Application" a
      WHERE ${queueWhere(scope, tab, filters, cursor)}
      ORDER BY a."submittedAt" DESC, a."id" DESC
      LIMIT ${limit}
    ) page
    JOIN "Application" a ON a."id" = page."id"
    JOIN "User" u ON u."id" = a."applicantId"
    JOIN "Notice" n ON n."id" = a."noticeId"
    LEFT JOIN "ApplicationSection" s ON s."applicationId" = a."id" AND s."module" = 'basicInfo'
    ORDER BY page."submittedAt" DESC, page."id" DESC`;
}

export function queuePageRows(
  db: Db,
  scope: QueueScope,
  tab: QueueTab,
  filters: QueueFilters,
  limit: number,
  cursor?: QueueCursor,
): Promise<RawRow[]> {
  return db.$queryRaw<RawRow[]>(queuePageSql(scope, tab, filters, limit, cursor));
}

type LastDecision = { applicationId: string; action: FlowActionCode; at: Date; opinion: string | null };

/** The stage's last decision (通过, 退回, 终止审核) on each of `ids`, for the 已审核 rows. */
async function lastDecisions(db: Db, stage: ReviewStageCode, ids: string[]): Promise<Map<string, LastDecision>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<LastDecision[]>`
    SELECT DISTINCT ON (e."applicationId") e."applicationId", e."action"::text AS "action", e."at", e."opinion"
    FROM "FlowEvent" e
    WHERE e."applicationId" IN (${Prisma.join(ids)}) AND e."stage" = ${stage}::"ReviewStage"
      AND e."action"::text IN (${Prisma.join([...REVIEW_DECISIONS])})
    ORDER BY e."applicationId", e."sequence" DESC`;
  return new Map(rows.map((r) => [r.applicationId, r]));
}

export function toQueueRow(row: RawRow, decision: LastDecision | undefined): QueueRow {
  return {
    id: row.id,
    applicantName: row.applicantName ?? row.userName,
    idCardMasked: maskIdCard(row.idCardNumber),
    mobileMasked: maskMobile(row.mobile),
    unitName: row.unitName ?? "",
    noticeTitle: row.noticeTitle,
    series: row.series,
    level: row.appliedLevel,
    category: row.category,
    exceptionalCategory: row.exceptionalCategory,
    submittedAt: row.submittedAt,
    status: row.status,
    stage: row.stage,
    lastAction: decision ? { action: decision.action, at: decision.at, opinion: decision.opinion } : null,
  };
}

/** Rows of a page with, for 已审核, the stage's last decision on each. */
export async function withDecisions(db: Db, scope: QueueScope, tab: QueueTab, rows: RawRow[]): Promise<QueueRow[]> {
  const decisions =
    tab === "done"
      ? await lastDecisions(
          db,
          scope.stage,
          rows.map((r) => r.id),
        )
      : new Map();
  return rows.map((row) => toQueueRow(row, decisions.get(row.id)));
}

/**
 * 申报审核's list (待审核 or 已审核) for the caller's units or department, by keyset: each page asks
 * for one row more than it shows, to know whether another page follows, and hands back the last
 * row's key as an opaque cursor.
 */
export async function listQueue(db: Db, roles: readonly ScopedRole[], input: QueueListInput): Promise<QueuePage> {
  const scope = requireQueueScope(input.stage, roles);
  const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
  const found = await queuePageRows(db, scope, input.tab, input.filters, input.limit + 1, cursor);
  const page = found.slice(0, input.limit);
  const last = page.at(-1);
  return {
    rows: await withDecisions(db, scope, input.tab, page),
    nextCursor: found.length > input.limit && last ? encodeCursor(last) : null,
  };
}
