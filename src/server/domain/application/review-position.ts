import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EditableScope, ReviewPosition } from "@/lib/application/editability";

/** The columns an application's ReviewPosition is read from. */
export const reviewPositionSelect = {
  status: true,
  stage: true,
  returnedModules: true,
} satisfies Prisma.ApplicationSelect;

type PositionRow = Prisma.ApplicationGetPayload<{ select: typeof reviewPositionSelect }>;

/**
 * An application's ReviewPosition, the input of the editability rule: its status, stage and the
 * modules a 退回 opened again (stored on the application while RETURNED, emptied by 重新提交), the
 * one place that reads those columns for it. Every mutation and file route asks the rule with it.
 */
export function toReviewPosition(row: PositionRow): ReviewPosition {
  return { status: row.status, stage: row.stage, returnedModules: row.returnedModules as EditableScope[] };
}
