import "server-only";
import type { Db } from "@/server/db";
import { withoutActiveReviewer } from "../binding/unit-reviewers";

/** How many units without a reviewer the home page names; the count says how many more there are. */
const UNITS_SHOWN = 20;

/**
 * Counts for the 管理后台 home page, and the units that have no 推荐单位审核人: nobody can bind
 * to them until the admin appoints one, so the home page lists them.
 */
export async function getAdminOverview(db: Db) {
  const [units, departments, committees, people, activeAdmins, noticesByStatus, withoutReviewer, withoutReviewerCount] =
    await Promise.all([
      db.unit.count(),
      db.department.count(),
      db.reviewCommittee.count(),
      db.user.count(),
      db.roleAssignment.count({ where: { role: "ADMIN", revokedAt: null } }),
      db.notice.groupBy({ by: ["status"], _count: { _all: true } }),
      db.unit.findMany({
        where: withoutActiveReviewer,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: UNITS_SHOWN,
        select: { id: true, name: true, creditCode: true },
      }),
      db.unit.count({ where: withoutActiveReviewer }),
    ]);
  const notices = { DRAFT: 0, PUBLISHED: 0, CLOSED: 0 };
  for (const row of noticesByStatus) notices[row.status] = row._count._all;
  return {
    units,
    departments,
    committees,
    people,
    activeAdmins,
    notices,
    unitsWithoutReviewer: { items: withoutReviewer, total: withoutReviewerCount },
  };
}
