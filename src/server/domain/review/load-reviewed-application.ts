import "server-only";
import type { ReviewStageCode } from "@/lib/review/review-stages";
import type { ScopedRole } from "@/lib/roles/role-scopes";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applicationMessages } from "../application/messages";
import { reviewPositionSelect } from "../application/review-position";
import { reviewedApplicationsWhere } from "./reviewed-applications";

/** What a review handler starts from. */
const reviewedApplicationSelect = {
  id: true,
  applicantId: true,
  noticeId: true,
  unitId: true,
  submittedAt: true,
  ...reviewPositionSelect,
} as const;

/**
 * One application as a reviewer at `stage` may see it, found only through their scope (the rule is
 * part of the query). One outside it is reported as missing, like one that does not exist, so a
 * reviewer cannot probe other organisations' ids.
 */
export async function loadReviewedApplication(
  db: Db,
  roles: readonly ScopedRole[],
  stage: ReviewStageCode,
  applicationId: string,
) {
  const scope = reviewedApplicationsWhere(stage, roles);
  const application = scope
    ? await db.application.findFirst({
        where: { AND: [{ id: applicationId }, scope] },
        select: reviewedApplicationSelect,
      })
    : null;
  if (!application) throw new AppError("NOT_FOUND", applicationMessages.notFound);
  return application;
}
