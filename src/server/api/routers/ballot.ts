import "server-only";
import { ballotCastInput, ballotMeetingInput } from "@/lib/ballot/ballot-contract";
import { castVote } from "@/server/domain/ballot/cast-vote";
import { closeVote } from "@/server/domain/ballot/close-vote";
import { getBallotProgress } from "@/server/domain/ballot/get-ballot-progress";
import { getMyBallot } from "@/server/domain/ballot/get-my-ballot";
import { createTRPCRouter, roleProcedure } from "../trpc";

const expert = roleProcedure("COMMITTEE_MEMBER");
const chair = roleProcedure("COMMITTEE_CHAIR");

/**
 * 无记名投票: an expert's own ballot and vote (found through their seat on the panel, never an id
 * they send for it), and the chair's progress (how many voted, not what) and close.
 */
export const ballotRouter = createTRPCRouter({
  myBallot: expert.input(ballotMeetingInput).query(({ ctx, input }) => getMyBallot(ctx.db, ctx.user, input.meetingId)),
  cast: expert.input(ballotCastInput).mutation(({ ctx, input }) => castVote(ctx.db, ctx.user, input)),
  progress: chair
    .input(ballotMeetingInput)
    .query(({ ctx, input }) => getBallotProgress(ctx.db, ctx.user, input.meetingId)),
  close: chair.input(ballotMeetingInput).mutation(({ ctx, input }) => closeVote(ctx.db, ctx.user, input.meetingId)),
});
