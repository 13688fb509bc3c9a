import "server-only";
import type { MyBallot } from "@/lib/ballot/ballot-contract";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadBallotApplications } from "./ballot-applications";
import { findSeat, seatRefusal } from "./find-seat";
import { ballotMessages as m } from "./messages";

/**
 * 我的表决票: the meeting's applications with the caller's own current vote on each (from the open
 * votes, keyed by the caller's seat — no one else's is read), which ones the caller is recused
 * from, and whether they may vote now. After the close the choices are gone for everyone and the
 * stored tallies show instead. Someone not on the panel gets NOT_FOUND, as for a missing meeting.
 */
export async function getMyBallot(db: Db, user: SessionUser, meetingId: string): Promise<MyBallot> {
  const seat = await findSeat(db, user, meetingId);
  if (!seat) throw new AppError("NOT_FOUND", m.meetingNotFound);
  const [applications, mine] = await Promise.all([
    loadBallotApplications(db, meetingId),
    db.openVote.findMany({ where: { meetingExpertId: seat.id }, select: { meetingApplicationId: true, choice: true } }),
  ]);
  const recused = new Set(seat.recusals.map((r) => r.meetingApplicationId));
  const choices = new Map(mine.map((v) => [v.meetingApplicationId, v.choice]));
  const notice = seatRefusal(seat)?.message ?? null;
  return {
    meeting: seat.meeting,
    canVote: notice === null,
    notice,
    items: applications.map((a) => ({ ...a, recused: recused.has(a.id), myChoice: choices.get(a.id) ?? null })),
  };
}
