import "server-only";
import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import { scopeIdsOf } from "@/lib/roles/role-scopes";
import type { ActiveRole } from "@/server/auth/session-user";
import type { Db } from "@/server/db";

/** 评委会工作台: the committees the member sits on, with their latest published notices. */
export function listCommitteeOverviews(db: Db, roles: readonly ActiveRole[]) {
  return db.reviewCommittee.findMany({
    where: { id: { in: COMMITTEE_ROLES.flatMap((role) => scopeIdsOf(roles, role)) } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      series: true,
      department: { select: { name: true } },
      notices: {
        where: { status: { not: "DRAFT" } },
        orderBy: { endsAt: "desc" },
        take: 20,
        select: { id: true, title: true, status: true, startsAt: true, endsAt: true },
      },
    },
  });
}
