import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { QueueFilters, QueueTab } from "@/lib/review-queue/queue.schema";
import type { QueueCursor } from "./queue-cursor";
import type { QueueScope } from "./queue-scope";

/** A timestamp parameter as the column stores it (UTC, without a zone). */
const utc = (at: Date) => Prisma.sql`${at.toISOString().replace("T", " ").replace("Z", "")}::timestamp(3)`;

/** The start of a calendar day in Asia/Shanghai (the date pickers' days), as an instant. */
const shanghaiDayStart = (day: string, plusDays = 0) =>
  new Date(new Date(`${day}T00:00:00+08:00`).getTime() + plusDays * 86_400_000);

const WHOLE_ID_CARD = /^\d{17}[\dXx]$/;

/** `%`, `_` and `\` typed into the search box are letters of a name, not LIKE wildcards. */
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The search box: a whole 身份证号 (the person search's rule, issue 9: numbers match only whole, so a
 * masked number cannot be recovered a digit at a time) finds that person's applications; anything
 * else is the beginning of the name, case-insensitively.
 */
function searchCondition(q: string): Prisma.Sql {
  if (WHOLE_ID_CARD.test(q))
    return Prisma.sql`a."applicantId" = (SELECT u."id" FROM "User" u WHERE u."idCardNumber" = ${q.toUpperCase()})`;
  return Prisma.sql`a."applicantName" ILIKE ${likePrefix(q)}`;
}

function categoryCondition(category: NonNullable<QueueFilters["category"]>): Prisma.Sql {
  if (category === "NORMAL" || category === "EXCEPTIONAL") return Prisma.sql`a."category" = ${category}`;
  return Prisma.sql`a."category" = 'EXCEPTIONAL' AND a."exceptionalCategory" = ${category}`;
}

/**
 * The WHERE clause of a queue: the caller's scope and the tab first — written so that they match
 * the queue's index (schema.prisma: application_queue_* for 待审核, the partial application_reviewed_*
 * for 已审核) — then the filters, then the keyset position. Every value is a parameter.
 */
export function queueWhere(scope: QueueScope, tab: QueueTab, filters: QueueFilters, cursor?: QueueCursor) {
  const org = Prisma.raw(`a."${scope.column}"`);
  const ids = Prisma.join(scope.ids);
  const stage = Prisma.sql`${scope.stage}::"ReviewStage"`;
  const parts: Prisma.Sql[] =
    tab === "pending"
      ? [Prisma.sql`a."stage" = ${stage}`, Prisma.sql`a."status" = 'SUBMITTED'`, Prisma.sql`${org} IN (${ids})`]
      : [
          Prisma.raw(`a."${scope.reviewedAt}" IS NOT NULL`),
          Prisma.sql`${org} IN (${ids})`,
          // Back at the stage (resubmitted after its 退回) it is 待审核 again, not 已审核.
          Prisma.sql`NOT (a."status" = 'SUBMITTED' AND a."stage" = ${stage})`,
        ];
  if (filters.noticeId) parts.push(Prisma.sql`a."noticeId" = ${filters.noticeId}`);
  if (filters.series) parts.push(Prisma.sql`a."series" = ${filters.series}`);
  if (filters.level) parts.push(Prisma.sql`a."appliedLevel" = ${filters.level}::"TitleLevel"`);
  if (filters.category) parts.push(categoryCondition(filters.category));
  if (filters.submittedFrom) parts.push(Prisma.sql`a."submittedAt" >= ${utc(shanghaiDayStart(filters.submittedFrom))}`);
  if (filters.submittedTo) parts.push(Prisma.sql`a."submittedAt" < ${utc(shanghaiDayStart(filters.submittedTo, 1))}`);
  if (filters.q) parts.push(searchCondition(filters.q));
  // One row comparison, which the index's (submittedAt DESC, id DESC) columns answer as a range.
  if (cursor) parts.push(Prisma.sql`(a."submittedAt", a."id") < (${utc(cursor.submittedAt)}, ${cursor.id})`);
  return Prisma.join(parts, " AND ");
}
