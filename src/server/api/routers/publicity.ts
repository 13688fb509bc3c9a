import "server-only";
import {
  decideObjectionInput,
  fileObjectionInput,
  publicListInput,
  publishResultsInput,
} from "@/lib/publicity/publicity.types";
import { approveEndedPublicities } from "@/server/domain/publicity/approve-ended-publicities";
import { decideObjection } from "@/server/domain/publicity/decide-objection";
import { fileObjection } from "@/server/domain/publicity/file-objection";
import { listChairPublicity } from "@/server/domain/publicity/list-objections";
import { listPublicPublicity } from "@/server/domain/publicity/list-public-publicity";
import { publishMeetingResults } from "@/server/domain/publicity/publish-meeting-results";
import { publicityNow } from "@/server/publicity-clock";
import { createTRPCRouter, protectedProcedure, publicProcedure, roleProcedure } from "../trpc";

/** The 主任委员 acts for the committees of their COMMITTEE_CHAIR roles, never for one named by the client. */
const chair = roleProcedure("COMMITTEE_CHAIR").use(({ ctx, next }) =>
  next({
    ctx: {
      chair: {
        id: ctx.user.id,
        committeeIds: ctx.scopes.flatMap((s) => (s.committeeId ? [s.committeeId] : [])),
      },
    },
  }),
);

/** 公示: the public list, objections, the chair's publication, findings and 终审通过. */
export const publicityRouter = createTRPCRouter({
  list: publicProcedure.input(publicListInput).query(({ ctx, input }) => listPublicPublicity(ctx.db, input)),
  fileObjection: protectedProcedure
    .input(fileObjectionInput)
    .mutation(({ ctx, input }) => fileObjection(ctx.db, ctx.user, input, publicityNow())),
  publish: chair
    .input(publishResultsInput)
    .mutation(({ ctx, input }) => publishMeetingResults(ctx.db, ctx.chair, input.meetingId, publicityNow())),
  desk: chair.query(({ ctx }) => listChairPublicity(ctx.db, ctx.chair.committeeIds)),
  decideObjection: chair
    .input(decideObjectionInput)
    .mutation(({ ctx, input }) => decideObjection(ctx.db, ctx.chair, input, publicityNow())),
  approveNow: chair.mutation(({ ctx }) =>
    approveEndedPublicities(ctx.db, {
      approver: { id: ctx.user.id, role: "COMMITTEE_CHAIR" },
      committeeIds: ctx.chair.committeeIds,
      now: publicityNow(),
    }),
  ),
});
