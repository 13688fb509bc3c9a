import "server-only";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";

export type DrawFilter = { specialtySeries: string | null; specialties: readonly string[] };

/**
 * The experts a meeting of `committeeId` on `date` may draw: active, in term on that day, still
 * holding 评委会成员 for the committee, and matching the filter (职称系列; 专业 among those given).
 */
export function eligibleExperts(db: Db | Tx, committeeId: string, date: Date, filter: DrawFilter) {
  return db.expertProfile.findMany({
    where: {
      committeeId,
      active: true,
      termStart: { lte: date },
      termEnd: { gte: date },
      user: { roles: { some: { role: "COMMITTEE_MEMBER", committeeId, revokedAt: null } } },
      ...(filter.specialtySeries ? { specialtySeries: filter.specialtySeries } : {}),
      ...(filter.specialties.length > 0 ? { specialty: { in: [...filter.specialties] } } : {}),
    },
    orderBy: { id: "asc" },
    select: { id: true, user: { select: { name: true } } },
  });
}
