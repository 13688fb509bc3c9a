import "server-only";
import type { ExpertCandidate } from "@/lib/committee/views";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { memberOf } from "./expert-view";
import { requireManagedCommittee } from "./require-managed-committee";

/** The committee's members not yet in its pool: who 新增专家 offers. */
export async function listExpertCandidates(db: Db, user: SessionUser, committeeId: string): Promise<ExpertCandidate[]> {
  await requireManagedCommittee(db, user, committeeId);
  const rows = await db.roleAssignment.findMany({
    where: { ...memberOf(committeeId), user: { expertProfiles: { none: { committeeId } } } },
    orderBy: { grantedAt: "asc" },
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name }));
}
