import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReviewPosition } from "@/lib/application/editability";

/** The columns an application's ReviewPosition is read from. */
export const reviewPositionSelect = { status: true, stage: true } satisfies Prisma.ApplicationSelect;

type PositionRow = Prisma.ApplicationGetPayload<{ select: typeof reviewPositionSelect }>;

/**
 * An application's ReviewPosition, the input of the editability rule: its status and stage, the
 * one place that reads those columns for it. No application has returned modules yet: the
 * review's 退回 stores them, and this is where they will be read, so the rule's callers stay as
 * they are.
 */
export function toReviewPosition(row: PositionRow): ReviewPosition {
  return { status: row.status, stage: row.stage, returnedModules: [] };
}
