import { listOpenNotices } from "@/server/domain/notice/list-open-notices";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const noticeRouter = createTRPCRouter({
  listOpen: protectedProcedure.query(({ ctx }) => listOpenNotices(ctx.db)),
});
