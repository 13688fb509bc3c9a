import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isExceptional } from "@/lib/application-form/section-fields";
import type { TitleLevelCode } from "@/lib/dictionaries";
import type { FlowActionCode } from "@/lib/review/application-transitions";
import type { ReviewStageCode } from "@/lib/review/review-stages";

/**
 * The reviewer queues' copies of 基本信息 (Application.applicantName … exceptionalCategory), written
 * in the transaction that saves the module, so a queue filters what the application says now —
 * which, once submitted, is what was submitted (the form is frozen until a return reopens it).
 */
export function basicInfoQueueColumns(data: Record<string, unknown>): Prisma.ApplicationUpdateInput {
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
  return {
    applicantName: text(data.name),
    appliedLevel: text(data.appliedLevel) as TitleLevelCode | null,
    category: text(data.category),
    exceptionalCategory: isExceptional(data) ? text(data.exceptionalCategory) : null,
  };
}

/** The stages that keep a 已审核 list, and the column recording when each last acted. */
export const reviewedAtColumns = {
  UNIT_REVIEW: "unitReviewedAt",
  DEPT_REVIEW: "deptReviewedAt",
} as const satisfies Partial<Record<ReviewStageCode, keyof Prisma.ApplicationUpdateInput>>;

/** A reviewer's decisions: they put the application on the stage's 已审核 list. */
export const REVIEW_DECISIONS: readonly FlowActionCode[] = ["PASS", "RETURN", "TERMINATE"];

/** What a transition writes besides status and stage: when `stage` decided, for its 已审核 list. */
export function reviewedMark(
  action: FlowActionCode,
  stage: ReviewStageCode | null,
  now: Date,
): Prisma.ApplicationUpdateManyMutationInput {
  if (!stage || !REVIEW_DECISIONS.includes(action) || !(stage in reviewedAtColumns)) return {};
  return { [reviewedAtColumns[stage as keyof typeof reviewedAtColumns]]: now };
}
