import "server-only";
import { notificationIdSchema, notificationListSchema } from "@/lib/notifications/notification.schema";
import { countUnreadNotifications } from "@/server/domain/notifications/count-unread-notifications";
import { listNotifications } from "@/server/domain/notifications/list-notifications";
import { markAllNotificationsRead } from "@/server/domain/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/server/domain/notifications/mark-notification-read";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** 消息中心: the caller's own messages; every query is scoped to the caller, never to an id from the client. */
export const notificationRouter = createTRPCRouter({
  list: protectedProcedure
    .input(notificationListSchema)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.user.id)),
  markRead: protectedProcedure
    .input(notificationIdSchema)
    .mutation(({ ctx, input }) => markNotificationRead(ctx.db, ctx.user.id, input.id)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.user.id)),
});
