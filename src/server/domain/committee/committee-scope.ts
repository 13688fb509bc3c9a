import "server-only";
import { scopeIdsOf } from "@/lib/roles/role-scopes";
import type { SessionUser } from "@/server/auth/session-user";

/** The committees whose 主任委员 the caller is. */
export const chairedCommitteeIds = (user: SessionUser) => scopeIdsOf(user.roles, "COMMITTEE_CHAIR");

/** The committees whose pool the caller manages: every one for the admin, else those they chair. */
export function managedCommitteesWhere(user: SessionUser): { id?: { in: string[] } } {
  return user.roles.some((r) => r.role === "ADMIN") ? {} : { id: { in: chairedCommitteeIds(user) } };
}
