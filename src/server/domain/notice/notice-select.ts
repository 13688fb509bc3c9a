import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** A notice's own text and application window. */
export const noticeTextSelect = {
  title: true,
  body: true,
  series: true,
  levels: true,
  startsAt: true,
  endsAt: true,
} satisfies Prisma.NoticeSelect;

/** The text and window with the 主管部门 and 评审委员会 by name, as notices are shown and audited. */
export const noticeContentSelect = {
  ...noticeTextSelect,
  department: { select: { name: true } },
  committee: { select: { name: true } },
} satisfies Prisma.NoticeSelect;
