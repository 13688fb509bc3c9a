import { z } from "zod";

/** Where the next page of the message centre starts: after this message (newest first). */
export const notificationCursorSchema = z.object({ createdAt: z.date(), id: z.uuid() });

export type NotificationCursor = z.infer<typeof notificationCursorSchema>;

/** One page of the caller's messages, newest first, after `cursor` (keyset pagination). */
export const notificationListSchema = z.object({
  cursor: notificationCursorSchema.nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});

export type NotificationListInput = z.infer<typeof notificationListSchema>;

export const notificationIdSchema = z.object({ id: z.uuid("参数无效") });
