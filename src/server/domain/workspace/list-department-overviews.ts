import "server-only";
import { scopeIdsOf } from "@/lib/roles/role-scopes";
import type { ActiveRole } from "@/server/auth/session-user";
import type { Db } from "@/server/db";

/** 部门工作台: the departments the reviewer acts for, their number of units and latest notices. */
export function listDepartmentOverviews(db: Db, roles: readonly ActiveRole[]) {
  return db.department.findMany({
    where: { id: { in: scopeIdsOf(roles, "DEPT_REVIEWER") } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      _count: { select: { units: true } },
      notices: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { id: true, title: true, status: true, startsAt: true, endsAt: true },
      },
    },
  });
}
