import "server-only";
import type { NoticeStatus } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { applicantNoticeMessages as m } from "./messages";
import { type NoticeWindow, noticeWindowState } from "./notice-window";

/**
 * Applications may be started only under a published notice while the server's clock is inside
 * its window; the browser's clock and a stale page are never trusted for this.
 * A draft is reported as missing: applicants must not learn of notices before publication.
 */
export function assertAcceptingApplications<T extends { status: NoticeStatus } & NoticeWindow>(
  notice: T | null,
  now: Date,
): asserts notice is T {
  if (!notice || notice.status === "DRAFT") throw new AppError("NOT_FOUND", m.notFound);
  if (notice.status === "CLOSED") throw new AppError("BAD_REQUEST", m.closed, { reason: "WINDOW_CLOSED" });
  const state = noticeWindowState(notice, now);
  if (state === "NOT_STARTED") throw new AppError("BAD_REQUEST", m.notStarted, { reason: "WINDOW_CLOSED" });
  if (state === "ENDED") throw new AppError("BAD_REQUEST", m.ended, { reason: "WINDOW_CLOSED" });
}
