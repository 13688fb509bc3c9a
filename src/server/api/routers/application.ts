import "server-only";
import {
  applicationIdSchema,
  myApplicationsSchema,
  startApplicationSchema,
} from "@/server/domain/application/application.schema";
import { getMyApplication } from "@/server/domain/application/get-my-application";
import { getRecommendingUnit } from "@/server/domain/application/get-recommending-unit";
import { listMyApplications } from "@/server/domain/application/list-my-applications";
import { startApplication } from "@/server/domain/application/start-application";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** 职称评审申报: the applicant's applications. */
export const applicationRouter = createTRPCRouter({
  /** 推荐单位 offered at the bottom of 条件自检. */
  recommendingUnit: protectedProcedure.query(({ ctx }) => getRecommendingUnit(ctx.db, ctx.user.id)),
  start: protectedProcedure
    .input(startApplicationSchema)
    .mutation(({ ctx, input }) => startApplication(ctx.db, ctx.user.id, input)),
  mine: protectedProcedure
    .input(myApplicationsSchema)
    .query(({ ctx, input }) => listMyApplications(ctx.db, ctx.user.id, input)),
  get: protectedProcedure
    .input(applicationIdSchema)
    .query(({ ctx, input }) => getMyApplication(ctx.db, ctx.user.id, input.id)),
});
