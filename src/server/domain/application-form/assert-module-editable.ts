import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { type EditableScope, isEditable } from "@/lib/application/editability";
import { AppError } from "@/server/errors";
import { reviewPositionSelect, toReviewPosition } from "../application/review-position";
import { applicationFormMessages as m } from "./messages";

/** The columns assertModuleEditable reads: whose application it is and where it stands. */
export const editableCheckSelect = { applicantId: true, ...reviewPositionSelect } satisfies Prisma.ApplicationSelect;

type EditableCheckRow = Prisma.ApplicationGetPayload<{ select: typeof editableCheckSelect }>;

/**
 * Refuses a change to `scope` of the application that the editability rule
 * (src/lib/application/editability.ts) does not allow `userId` now. Every write to an
 * application's content asks it through lockEditableApplication, after the row's lock is taken:
 * read before the lock, the status could change (a submission in another tab) between the check
 * and the write. An upload also asks it early, unlocked, only to refuse before the bytes travel.
 */
export function assertModuleEditable(application: EditableCheckRow, userId: string, scope: EditableScope): void {
  const editor = { isApplicant: application.applicantId === userId };
  if (!isEditable(toReviewPosition(application), scope, editor)) {
    const message = application.status === "RETURNED" && editor.isApplicant ? m.notReturned : m.notEditable;
    throw new AppError("FORBIDDEN", message, { reason: "NOT_EDITABLE" });
  }
}
