import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { reviewPositionSelect, toReviewPosition } from "./review-position";
import { readUnitSnapshot } from "./unit-snapshot";

/** The columns every applicant-facing view of an application reads. */
export const applicationViewSelect = {
  id: true,
  ...reviewPositionSelect,
  unitSnapshot: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  notice: { select: { id: true, title: true, series: true, levels: true } },
} satisfies Prisma.ApplicationSelect;

type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof applicationViewSelect }>;

/**
 * Replaces the stored JSON snapshot with the typed recommending unit, and adds where the
 * application stands in its review, from which the hall decides 继续填报 or 查看.
 */
export function toApplicationView<T extends ApplicationRow>({ unitSnapshot, ...row }: T) {
  return { ...row, ...toReviewPosition(row), unit: readUnitSnapshot(unitSnapshot) };
}
