import type { ApplicationStatusCode } from "@/lib/dictionaries";

/**
 * Statuses in which an application is still with its reviewers: the applicant cannot leave the
 * recommending unit then, because the unit's review would lose its subject.
 */
export const UNDER_REVIEW_STATUSES = ["SUBMITTED", "RETURNED"] as const satisfies readonly ApplicationStatusCode[];

/** Statuses in which the applicant may change the application's content. */
export const EDITABLE_STATUSES = ["DRAFT", "RETURNED"] as const satisfies readonly ApplicationStatusCode[];

/** True while the applicant may still fill in the form: the hall offers 继续填报 instead of 查看. */
export function isEditableStatus(status: ApplicationStatusCode): boolean {
  return (EDITABLE_STATUSES as readonly ApplicationStatusCode[]).includes(status);
}
