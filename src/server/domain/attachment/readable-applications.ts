import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { reviewStages } from "@/lib/review/review-stages";
import type { SessionUser } from "@/server/auth/session-user";
import { reviewedApplicationsWhere } from "../review/reviewed-applications";

/**
 * The applications a person may read, as a Prisma filter to put inside the query itself: their
 * own, and those they may review at any stage (built from the stage table). Drafts are the
 * applicant's alone.
 */
export function readableApplicationsWhere(user: SessionUser): Prisma.ApplicationWhereInput {
  const reviewed = reviewStages.flatMap((stage) => reviewedApplicationsWhere(stage.code, user.roles) ?? []);
  if (reviewed.length === 0) return { applicantId: user.id };
  return { OR: [{ applicantId: user.id }, ...reviewed] };
}
