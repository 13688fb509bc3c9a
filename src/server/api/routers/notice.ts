import "server-only";
import { getPublishedNotice } from "@/server/domain/notice/get-published-notice";
import { listOpenNotices } from "@/server/domain/notice/list-open-notices";
import { publishedNoticeIdSchema } from "@/server/domain/notice/notice.schema";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** 申报通知 as applicants see them. */
export const noticeRouter = createTRPCRouter({
  listOpen: protectedProcedure.query(({ ctx }) => listOpenNotices(ctx.db, ctx.user.id)),
  get: protectedProcedure
    .input(publishedNoticeIdSchema)
    .query(({ ctx, input }) => getPublishedNotice(ctx.db, input.id)),
});
