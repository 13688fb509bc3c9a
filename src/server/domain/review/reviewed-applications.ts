import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  type ApplicationLink,
  type ReviewStageCode,
  reviewStageOf,
  SUBMITTED_STATUSES,
} from "@/lib/review/review-stages";
import { type ScopedRole, scopeIdsOf } from "@/lib/roles/role-scopes";

/** `{ unit: { departmentId: { in: ids } } }` for the link ["unit", "departmentId"], and so on. */
function linkedTo(link: ApplicationLink, ids: string[]): Prisma.ApplicationWhereInput {
  return link.reduceRight<object>((inner, key) => ({ [key]: inner }), { in: ids }) as Prisma.ApplicationWhereInput;
}

/**
 * The applications that `roles` let their holder review at `stage`, as a Prisma filter to put
 * inside the query itself: submitted, and naming (through the stage's link) an organisation the
 * stage's reviewer role is scoped to. Null when the roles give no access at that stage.
 * The review issue narrows "submitted" to "at this stage".
 */
export function reviewedApplicationsWhere(
  stage: ReviewStageCode,
  roles: readonly ScopedRole[],
): Prisma.ApplicationWhereInput | null {
  const { reviewer, link } = reviewStageOf(stage);
  const ids = scopeIdsOf(roles, reviewer);
  if (ids.length === 0) return null;
  return { status: { in: [...SUBMITTED_STATUSES] }, ...linkedTo(link, ids) };
}
