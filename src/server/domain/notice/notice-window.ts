import "server-only";

/** Where the server's clock stands against a notice's window [startsAt, endsAt). */
export type NoticeWindowState = "NOT_STARTED" | "OPEN" | "ENDED";

export type NoticeWindow = { startsAt: Date; endsAt: Date };

export function noticeWindowState(window: NoticeWindow, now: Date): NoticeWindowState {
  if (now < window.startsAt) return "NOT_STARTED";
  return now < window.endsAt ? "OPEN" : "ENDED";
}
