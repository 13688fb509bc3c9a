import "server-only";
import { scopeIdsOf } from "@/lib/roles/role-scopes";
import type { ActiveRole } from "@/server/auth/session-user";
import type { Db } from "@/server/db";

/** 单位工作台: the units the reviewer acts for, with their competent department and reviewers. */
export function listUnitOverviews(db: Db, roles: readonly ActiveRole[]) {
  return db.unit.findMany({
    where: { id: { in: scopeIdsOf(roles, "UNIT_REVIEWER") } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      creditCode: true,
      department: { select: { name: true } },
      roles: { where: { revokedAt: null }, select: { user: { select: { name: true } } } },
    },
  });
}
