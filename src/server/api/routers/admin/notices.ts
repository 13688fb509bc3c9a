import "server-only";
import {
  createNoticeSchema,
  listNoticesSchema,
  noticeIdSchema,
  updateNoticeSchema,
} from "@/lib/admin/notices/notice.schema";
import { changeNoticeStatus } from "@/server/domain/admin/notices/change-notice-status";
import { createNotice } from "@/server/domain/admin/notices/create-notice";
import { getNotice } from "@/server/domain/admin/notices/get-notice";
import { listNotices } from "@/server/domain/admin/notices/list-notices";
import { updateNotice } from "@/server/domain/admin/notices/update-notice";
import { adminProcedure, createTRPCRouter } from "../../trpc";

/** 申报通知 */
export const noticesRouter = createTRPCRouter({
  list: adminProcedure.input(listNoticesSchema).query(({ ctx, input }) => listNotices(ctx.db, input)),
  get: adminProcedure.input(noticeIdSchema).query(({ ctx, input }) => getNotice(ctx.db, input.id)),
  create: adminProcedure
    .input(createNoticeSchema)
    .mutation(({ ctx, input }) => createNotice(ctx.db, ctx.user.id, input)),
  update: adminProcedure
    .input(updateNoticeSchema)
    .mutation(({ ctx, input }) => updateNotice(ctx.db, ctx.user.id, input)),
  publish: adminProcedure
    .input(noticeIdSchema)
    .mutation(({ ctx, input }) => changeNoticeStatus(ctx.db, ctx.user.id, input.id, "publish")),
  close: adminProcedure
    .input(noticeIdSchema)
    .mutation(({ ctx, input }) => changeNoticeStatus(ctx.db, ctx.user.id, input.id, "close")),
});
