import "server-only";
import type { BallotCastInput, BallotChoiceCode } from "@/lib/ballot/ballot-contract";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findSeat, seatRefusal } from "./find-seat";
import { lockMeetingForVoting } from "./meeting-lock";
import { ballotMessages as m } from "./messages";

/**
 * 投票 or 改票: the caller's vote on one application of a meeting that is voting, kept as their one
 * open vote on it (the (application, seat) key makes it one row however many requests race — the
 * upsert is a single INSERT … ON CONFLICT DO UPDATE). Only a present expert of the panel who is not
 * recused from the application may vote.
 *
 * The meeting's row is share-locked first: closing the vote updates that row, so a vote either
 * commits before the close reads the open votes, or waits for the close and then finds the
 * meeting CLOSED — never lands after the count. Nothing else is written: no audit entry, no time,
 * nothing that would later tie this person to a choice (README, 无记名投票).
 */
export async function castVote(
  db: Db,
  user: SessionUser,
  { meetingApplicationId, choice }: BallotCastInput,
): Promise<{ choice: BallotChoiceCode }> {
  return db.$transaction(async (tx) => {
    const item = await tx.meetingApplication.findUnique({
      where: { id: meetingApplicationId },
      select: { meetingId: true },
    });
    if (!item) throw new AppError("NOT_FOUND", m.itemNotFound);
    await lockMeetingForVoting(tx, item.meetingId);
    const seat = await findSeat(tx, user, item.meetingId);
    if (!seat) throw new AppError("NOT_FOUND", m.itemNotFound);
    const refusal = seatRefusal(seat);
    if (refusal) throw refusal;
    if (seat.recusals.some((r) => r.meetingApplicationId === meetingApplicationId)) {
      throw new AppError("FORBIDDEN", m.recused);
    }
    const key = { meetingApplicationId, meetingExpertId: seat.id };
    await tx.openVote.upsert({
      where: { meetingApplicationId_meetingExpertId: key },
      create: { ...key, choice },
      update: { choice },
    });
    return { choice };
  });
}
