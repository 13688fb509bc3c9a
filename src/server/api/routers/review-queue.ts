import "server-only";
import { queueCountsSchema, queueListSchema, queueNoticesSchema } from "@/lib/review-queue/queue.schema";
import { countQueue } from "@/server/domain/review-queue/count-queue";
import { listQueue } from "@/server/domain/review-queue/list-queue";
import { listQueueNotices } from "@/server/domain/review-queue/list-queue-notices";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/**
 * 申报审核 queues of /unit and /dept. Which role a call needs follows from the stage it names
 * (推荐单位审核 → UNIT_REVIEWER, 主管部门审核 → DEPT_REVIEWER), so the domain checks it from the
 * caller's roles and scopes every query to the organisations those roles name.
 */
export const reviewQueueRouter = createTRPCRouter({
  list: protectedProcedure.input(queueListSchema).query(({ ctx, input }) => listQueue(ctx.db, ctx.user.roles, input)),
  counts: protectedProcedure
    .input(queueCountsSchema)
    .query(({ ctx, input }) => countQueue(ctx.db, ctx.user.roles, input)),
  notices: protectedProcedure
    .input(queueNoticesSchema)
    .query(({ ctx, input }) => listQueueNotices(ctx.db, ctx.user.roles, input.stage)),
});
