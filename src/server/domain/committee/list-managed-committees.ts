import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { managedCommitteesWhere } from "./committee-scope";

/** The committees whose pool the caller manages (all for the admin), by name. */
export function listManagedCommittees(db: Db, user: SessionUser) {
  return db.reviewCommittee.findMany({
    where: managedCommitteesWhere(user),
    orderBy: { name: "asc" },
    select: { id: true, name: true, series: true, _count: { select: { experts: true } } },
  });
}
