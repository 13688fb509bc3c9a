import "server-only";
import { TRPCError } from "@trpc/server";
import {
  reviewGetInput,
  reviewPassInput,
  reviewPassManyInput,
  reviewReturnInput,
  reviewTerminateInput,
} from "@/lib/review/review-actions";
import { reviewStages } from "@/lib/review/review-stages";
import { rolesOf } from "@/server/auth/session-user";
import { decideApplication } from "@/server/domain/review/decide-application";
import { getReviewDetail } from "@/server/domain/review/get-review-detail";
import { passManyApplications } from "@/server/domain/review/pass-many-applications";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/**
 * Callable by the holders of a review stage's role (推荐单位, 主管部门, 评委会); which applications
 * each may read or decide is the domain query's scope (reviewed-applications.ts), never the input.
 */
const reviewer = protectedProcedure.use(({ ctx, next }) => {
  if (!reviewStages.some((stage) => rolesOf(ctx.user, stage.reviewer).length > 0)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "您没有执行此操作的权限" });
  }
  return next();
});

/** 审核: reading one submitted application, and 通过 / 退回 / 终止审核 / 批量通过 at the caller's stage. */
export const reviewRouter = createTRPCRouter({
  get: reviewer.input(reviewGetInput).query(({ ctx, input }) => getReviewDetail(ctx.db, ctx.user, input.applicationId)),
  pass: reviewer
    .input(reviewPassInput)
    .mutation(({ ctx, input }) => decideApplication(ctx.db, ctx.user, { ...input, action: "PASS" })),
  return: reviewer.input(reviewReturnInput).mutation(({ ctx, input }) =>
    decideApplication(ctx.db, ctx.user, {
      applicationId: input.applicationId,
      version: input.version,
      action: "RETURN",
      opinion: input.opinion,
      returnedModules: input.modules,
    }),
  ),
  terminate: reviewer.input(reviewTerminateInput).mutation(({ ctx, input }) =>
    decideApplication(ctx.db, ctx.user, {
      applicationId: input.applicationId,
      version: input.version,
      action: "TERMINATE",
      opinion: input.reason,
    }),
  ),
  passMany: reviewer
    .input(reviewPassManyInput)
    .mutation(({ ctx, input }) => passManyApplications(ctx.db, ctx.user, input)),
});
