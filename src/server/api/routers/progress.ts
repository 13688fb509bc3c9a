import "server-only";
import { progressInput } from "@/lib/submission/submission.schema";
import { getMyProgress } from "@/server/domain/review/get-my-progress";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/**
 * 进度跟踪. The applicant reads their own application's; a stage's reviewers will read it through
 * reviewerProcedure with loadProgress({ id: ctx.application.id }), the same read.
 */
export const progressRouter = createTRPCRouter({
  mine: protectedProcedure
    .input(progressInput)
    .query(({ ctx, input }) => getMyProgress(ctx.db, ctx.user.id, input.applicationId)),
});
