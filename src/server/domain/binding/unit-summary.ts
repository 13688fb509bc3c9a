import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** A unit as binding screens show it: 单位名称, 统一社会信用代码, 主管部门. */
export const unitSummarySelect = {
  id: true,
  name: true,
  creditCode: true,
  department: { select: { name: true } },
} as const;

/** The summary and how many 推荐单位审核人 the unit has now (revoked roles left out). */
export const unitWithReviewersSelect = {
  ...unitSummarySelect,
  _count: { select: { roles: { where: { role: "UNIT_REVIEWER", revokedAt: null } } } },
} satisfies Prisma.UnitSelect;

type UnitWithReviewers = Prisma.UnitGetPayload<{ select: typeof unitWithReviewersSelect }>;

/** The unit as the applicant reads it, with whether anyone can decide a binding request to it. */
export function withReviewerState({ _count, ...unit }: UnitWithReviewers) {
  return { ...unit, hasReviewer: _count.roles > 0 };
}
