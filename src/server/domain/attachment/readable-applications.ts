import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { reviewerReadableWhere } from "../review/reviewed-applications";

/**
 * The applications a person may read, as a Prisma filter to put inside the query itself: their
 * own, and those that reached a stage they review, for their own organisation
 * (reviewedApplicationsWhere). Drafts are the applicant's alone. The form, the files, the 业务表册
 * PDFs and the review all read through it.
 */
export function readableApplicationsWhere(user: SessionUser): Prisma.ApplicationWhereInput {
  const reviewed = reviewerReadableWhere(user);
  return reviewed ? { OR: [{ applicantId: user.id }, reviewed] } : { applicantId: user.id };
}
