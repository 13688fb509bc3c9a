import "server-only";
import type { BallotProgress } from "@/lib/ballot/ballot-contract";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { chairedMeetingsWhere } from "@/server/domain/committee/meeting-scope";
import { AppError } from "@/server/errors";
import { loadBallotApplications } from "./ballot-applications";
import { ballotMessages as m } from "./messages";

/**
 * 投票进度, for the chair: per application how many of the experts who may vote on it (present,
 * on the panel, not recused) have voted — counted, never read — and after the close the stored
 * tallies. Nobody, the chair included, sees a choice or a running tally while voting is open.
 */
export async function getBallotProgress(db: Db, user: SessionUser, meetingId: string): Promise<BallotProgress> {
  const meeting = await db.reviewMeeting.findFirst({
    where: { AND: [{ id: meetingId }, chairedMeetingsWhere(user)] },
    select: { id: true, name: true, date: true, place: true, status: true },
  });
  if (!meeting) throw new AppError("NOT_FOUND", m.meetingNotFound);
  const closed = meeting.status === "CLOSED" || meeting.status === "PUBLISHED";
  const [applications, present, voters] = await Promise.all([
    loadBallotApplications(db, meetingId),
    db.meetingExpert.findMany({
      where: { meetingId, status: "DRAWN", present: true },
      select: { id: true, recusals: { select: { meetingApplicationId: true } } },
    }),
    // Who has voted: the open votes' keys while voting, the participation record after the close.
    closed
      ? db.ballotParticipation.findMany({
          where: { meetingApplication: { meetingId } },
          select: { meetingApplicationId: true, meetingExpertId: true },
        })
      : db.openVote.findMany({
          where: { meetingApplication: { meetingId } },
          select: { meetingApplicationId: true, meetingExpertId: true },
        }),
  ]);
  const votersOf = new Map<string, string[]>();
  for (const v of voters)
    votersOf.set(v.meetingApplicationId, [...(votersOf.get(v.meetingApplicationId) ?? []), v.meetingExpertId]);
  return {
    meeting,
    items: applications.map((a) => {
      const eligible = new Set(
        present.filter((e) => !e.recusals.some((r) => r.meetingApplicationId === a.id)).map((e) => e.id),
      );
      const voted = (votersOf.get(a.id) ?? []).filter((id) => eligible.has(id)).length;
      return { ...a, voted, eligible: a.tally?.presentEligible ?? eligible.size };
    }),
  };
}
