import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReviewPosition } from "@/lib/application/editability";

/** The columns an application's ReviewPosition is read from. */
export const reviewPositionSelect = { status: true } satisfies Prisma.ApplicationSelect;

type PositionRow = Prisma.ApplicationGetPayload<{ select: typeof reviewPositionSelect }>;

/**
 * An application's ReviewPosition, the input of the editability rule. No application has a stage
 * or returned modules yet: submission and the review's 退回 store them, and this is the one place
 * that will read those columns, so the rule's callers stay as they are.
 */
export function toReviewPosition(row: PositionRow): ReviewPosition {
  return { status: row.status, stage: null, returnedModules: [] };
}
