import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";

/**
 * The applications a person may read, as a Prisma filter to put inside the query itself: their
 * own, and — once submitted — those of the units, departments and committees they review for.
 * Drafts are the applicant's alone. The review issue narrows reviewers to their stage.
 */
export function readableApplicationsWhere(user: SessionUser): Prisma.ApplicationWhereInput {
  const ids = (pick: (r: SessionUser["roles"][number]) => string | null) =>
    user.roles.map(pick).filter((id): id is string => id !== null);
  const unitIds = ids((r) => (r.role === "UNIT_REVIEWER" ? r.unitId : null));
  const departmentIds = ids((r) => (r.role === "DEPT_REVIEWER" ? r.departmentId : null));
  const committeeIds = ids((r) => (r.role === "COMMITTEE_MEMBER" ? r.committeeId : null));
  const reviewed: Prisma.ApplicationWhereInput[] = [];
  if (unitIds.length) reviewed.push({ unitId: { in: unitIds } });
  if (departmentIds.length) reviewed.push({ unit: { departmentId: { in: departmentIds } } });
  if (committeeIds.length) reviewed.push({ notice: { committeeId: { in: committeeIds } } });
  if (reviewed.length === 0) return { applicantId: user.id };
  return { OR: [{ applicantId: user.id }, { status: { not: "DRAFT" }, OR: reviewed }] };
}
