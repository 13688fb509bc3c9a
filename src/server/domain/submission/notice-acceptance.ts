import "server-only";
import type { NoticeStatusCode } from "@/lib/dictionaries";
import { submissionMessages as m } from "@/lib/submission/messages";
import { noticeWindowState } from "../notice/notice-window";

export type AcceptingNotice = { status: NoticeStatusCode; startsAt: Date; endsAt: Date };

/**
 * Why the notice does not take a submission now, or null when it does: published, and the
 * server's clock inside [startsAt, endsAt). The refusal names the deadline in Asia/Shanghai time,
 * so an applicant one second late reads when it closed rather than a bare "closed".
 */
export function noticeRefusal(notice: AcceptingNotice, now: Date): string | null {
  if (notice.status === "DRAFT") return m.noticeNotPublished;
  if (notice.status === "CLOSED") return m.noticeClosed;
  const state = noticeWindowState(notice, now);
  if (state === "NOT_STARTED") return m.windowNotStarted(notice.startsAt);
  if (state === "ENDED") return m.windowEnded(notice.endsAt);
  return null;
}
