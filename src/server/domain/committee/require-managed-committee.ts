import "server-only";
import { committeeMessages } from "@/lib/committee/messages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { managedCommitteesWhere } from "./committee-scope";

/**
 * The committee `committeeId` names, when the caller manages its pool (admin, or its 主任委员);
 * otherwise it is missing, like one that does not exist.
 */
export async function requireManagedCommittee(db: Db, user: SessionUser, committeeId: string) {
  const committee = await db.reviewCommittee.findFirst({
    where: { AND: [{ id: committeeId }, managedCommitteesWhere(user)] },
    select: { id: true, name: true, series: true },
  });
  if (!committee) throw new AppError("NOT_FOUND", committeeMessages.committeeNotFound);
  return committee;
}

/** The expert `expertId` names, when the caller manages its committee's pool; otherwise missing. */
export async function requireManagedExpert(db: Db, user: SessionUser, expertId: string) {
  const expert = await db.expertProfile.findFirst({
    where: { id: expertId, committee: managedCommitteesWhere(user) },
    select: { id: true, committeeId: true, userId: true, active: true },
  });
  if (!expert) throw new AppError("NOT_FOUND", committeeMessages.expertNotFound);
  return expert;
}
