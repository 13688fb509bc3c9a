import "server-only";
import type { ExpertPool } from "@/lib/committee/views";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { expertSelect, memberOf, toExpertView } from "./expert-view";
import { requireManagedCommittee } from "./require-managed-committee";

/** 评审专家库 of one committee, active experts first, then by name. */
export async function listExperts(db: Db, user: SessionUser, committeeId: string): Promise<ExpertPool> {
  const committee = await requireManagedCommittee(db, user, committeeId);
  const [experts, members] = await Promise.all([
    db.expertProfile.findMany({
      where: { committeeId },
      orderBy: [{ active: "desc" }, { createdAt: "asc" }],
      select: expertSelect,
    }),
    db.roleAssignment.findMany({ where: memberOf(committeeId), select: { userId: true } }),
  ]);
  const memberIds = new Set(members.map((m) => m.userId));
  return { committee, experts: experts.map((e) => toExpertView(e, memberIds.has(e.userId))) };
}
