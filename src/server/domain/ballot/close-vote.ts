import "server-only";
import { randomUUID } from "node:crypto";
import type { CloseVoteResult } from "@/lib/ballot/ballot-contract";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { recordAudit } from "@/server/domain/audit/record-audit";
import { chairedMeetingsWhere } from "@/server/domain/committee/meeting-scope";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { type CountedApplication, countBallots } from "./count-ballots";
import { eraseOpenVoteRemains } from "./erase-open-vote-remains";
import { ballotMessages as m } from "./messages";

/**
 * 结束投票, by the committee's chair, in one transaction: the meeting moves VOTING → CLOSED by one
 * conditional update (two chairs closing at once: one wins, the other is told it is closed), then
 * every application's open votes are counted against its present, non-recused experts and turned
 * into what is kept for good —
 *
 * - Ballot rows: application and choice only, random ids, no time, written grouped by choice;
 * - BallotParticipation rows: application and seat only, no choice, no time, sorted by seat;
 * - the tally and result on MeetingApplication —
 *
 * and the open votes, the only rows that ever joined an expert to a choice, are deleted. Votes in
 * flight finish before the update takes the meeting's row (they share-lock it) and later ones find
 * it CLOSED, so what is counted is exactly what was cast. After the commit the open-vote table is
 * rewritten so the deleted rows do not linger in its files (erase-open-vote-remains.ts).
 */
export async function closeVote(
  db: Db,
  user: SessionUser,
  meetingId: string,
  now = new Date(),
): Promise<CloseVoteResult> {
  const result = await countAndClose(db, user, meetingId, now);
  await eraseOpenVoteRemains(db);
  return result;
}

/** The close's transaction alone (what the bench times: scripts/bench/committee-close.ts). */
export async function countAndClose(db: Db, user: SessionUser, meetingId: string, now: Date): Promise<CloseVoteResult> {
  return db.$transaction(async (tx) => {
    const meeting = await tx.reviewMeeting.findFirst({
      where: { AND: [{ id: meetingId }, chairedMeetingsWhere(user)] },
      select: { status: true },
    });
    if (!meeting) throw new AppError("NOT_FOUND", m.meetingNotFound);
    const { count } = await tx.reviewMeeting.updateMany({
      where: { id: meetingId, status: "VOTING" },
      data: { status: "CLOSED", closedAt: now, version: { increment: 1 } },
    });
    if (count === 0) {
      const message = meeting.status === "CLOSED" || meeting.status === "PUBLISHED" ? m.closed : m.notVoting;
      throw new AppError("CONFLICT", message, { reason: "ALREADY_HANDLED" });
    }
    const counted = await countMeeting(tx, meetingId);
    await writeBallots(tx, counted, now);
    await tx.openVote.deleteMany({ where: { meetingApplication: { meetingId } } });
    const passed = counted.filter((c) => c.tally.result === "PASSED").length;
    await recordAudit(tx, {
      actorId: user.id,
      action: "meeting.closeVote",
      entityType: "ReviewMeeting",
      entityId: meetingId,
      fromStatus: "VOTING",
      toStatus: "CLOSED",
      detail: { applications: counted.length, passed },
    });
    return { closed: counted.length, passed };
  });
}

async function countMeeting(tx: Tx, meetingId: string): Promise<CountedApplication[]> {
  const items = await tx.meetingApplication.findMany({ where: { meetingId }, select: { id: true } });
  const present = await tx.meetingExpert.findMany({
    where: { meetingId, status: "DRAWN", present: true },
    select: { id: true, recusals: { select: { meetingApplicationId: true } } },
  });
  const votes = await tx.openVote.findMany({
    where: { meetingApplication: { meetingId } },
    select: { meetingApplicationId: true, meetingExpertId: true, choice: true },
  });
  return countBallots(
    items.map((i) => i.id),
    present.map((e) => ({ id: e.id, recusedFrom: new Set(e.recusals.map((r) => r.meetingApplicationId)) })),
    votes,
  );
}

/**
 * The anonymous ballots, the participation and the tallies of every application: three statements
 * whatever the meeting's size, each taking its rows as arrays (Prisma's createMany sends one
 * parameter per value and took about a second for a meeting of 200 × 25). Rows are inserted in
 * the arrays' order (WITH ORDINALITY … ORDER BY), which countBallots made independent of the votes.
 */
async function writeBallots(tx: Tx, counted: CountedApplication[], now: Date): Promise<void> {
  if (counted.length === 0) return;
  const ballots = counted.flatMap((c) => c.ballots.map((choice) => [c.meetingApplicationId, choice] as const));
  const voters = counted.flatMap((c) => c.participants.map((seat) => [c.meetingApplicationId, seat] as const));
  await tx.$executeRaw`
    INSERT INTO "Ballot" ("id", "meetingApplicationId", "choice")
    SELECT b.id, b.item, b.choice::"BallotChoice"
    FROM unnest(${ballots.map(() => randomUUID())}::text[], ${ballots.map((b) => b[0])}::text[],
                ${ballots.map((b) => b[1])}::text[]) WITH ORDINALITY AS b(id, item, choice, n)
    ORDER BY b.n`;
  await tx.$executeRaw`
    INSERT INTO "BallotParticipation" ("meetingApplicationId", "meetingExpertId")
    SELECT p.item, p.seat
    FROM unnest(${voters.map((v) => v[0])}::text[], ${voters.map((v) => v[1])}::text[]) WITH ORDINALITY AS p(item, seat, n)
    ORDER BY p.n`;
  const column = <T>(pick: (c: CountedApplication) => T) => counted.map(pick);
  await tx.$executeRaw`
    UPDATE "MeetingApplication" AS ma
    SET "result" = v.result::"MeetingResult", "agree" = v.agree, "disagree" = v.disagree, "abstain" = v.abstain,
        "presentEligible" = v.eligible, "threshold" = v.threshold, "closedAt" = ${now}
    FROM unnest(
      ${column((c) => c.meetingApplicationId)}::text[], ${column((c) => c.tally.result)}::text[],
      ${column((c) => c.tally.agree)}::int[], ${column((c) => c.tally.disagree)}::int[],
      ${column((c) => c.tally.abstain)}::int[], ${column((c) => c.tally.presentEligible)}::int[],
      ${column((c) => c.tally.threshold)}::int[]
    ) AS v(id, result, agree, disagree, abstain, eligible, threshold)
    WHERE ma."id" = v.id`;
}
