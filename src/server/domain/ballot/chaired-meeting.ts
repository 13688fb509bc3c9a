import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scopeIdsOf } from "@/lib/roles/role-scopes";
import type { SessionUser } from "@/server/auth/session-user";

/**
 * A meeting of a committee the caller chairs (主任委员), as a filter to put in the query; null when
 * they chair none. A meeting of another committee is then simply not found.
 */
export function chairedMeetingWhere(user: SessionUser, meetingId: string): Prisma.ReviewMeetingWhereInput | null {
  const committeeIds = scopeIdsOf(user.roles, "COMMITTEE_CHAIR");
  return committeeIds.length === 0 ? null : { id: meetingId, committeeId: { in: committeeIds } };
}
