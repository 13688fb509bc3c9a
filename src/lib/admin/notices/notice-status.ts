import type { NoticeStatusCode } from "@/lib/dictionaries";

type Transition = { from: NoticeStatusCode; to: NoticeStatusCode; stampField: "publishedAt" | "closedAt" };

/**
 * The notice life cycle, the only place it is written down: 未发布 → 已发布 → 已关闭.
 * The server applies a transition only from its `from` status; the UI offers exactly these buttons.
 */
export const noticeTransitions = {
  publish: { from: "DRAFT", to: "PUBLISHED", stampField: "publishedAt" },
  close: { from: "PUBLISHED", to: "CLOSED", stampField: "closedAt" },
} as const satisfies Record<string, Transition>;

export type NoticeTransition = keyof typeof noticeTransitions;

export function transitionsFrom(status: NoticeStatusCode): NoticeTransition[] {
  return (Object.keys(noticeTransitions) as NoticeTransition[]).filter((t) => noticeTransitions[t].from === status);
}

/** Content can change only before publication: applicants must see the terms they applied under. */
export function isNoticeEditable(status: NoticeStatusCode): boolean {
  return status === "DRAFT";
}
