import "server-only";
import type { Db } from "@/server/db";

/** Counts for the 管理后台 home page. */
export async function getAdminOverview(db: Db) {
  const [units, departments, committees, people, activeAdmins, noticesByStatus] = await Promise.all([
    db.unit.count(),
    db.department.count(),
    db.reviewCommittee.count(),
    db.user.count(),
    db.roleAssignment.count({ where: { role: "ADMIN", revokedAt: null } }),
    db.notice.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const notices = { DRAFT: 0, PUBLISHED: 0, CLOSED: 0 };
  for (const row of noticesByStatus) notices[row.status] = row._count._all;
  return { units, departments, committees, people, activeAdmins, notices };
}
