import "server-only";
import { deleteAttachmentInput, listAttachmentsInput } from "@/server/domain/attachment/attachment.schema";
import { deleteAttachment } from "@/server/domain/attachment/delete-attachment";
import { listAttachments } from "@/server/domain/attachment/list-attachments";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/**
 * 附件: listing and deleting an application's files. Uploads and downloads stream through the
 * route handlers under /api/files, which apply the same domain rules.
 */
export const attachmentRouter = createTRPCRouter({
  list: protectedProcedure
    .input(listAttachmentsInput)
    .query(({ ctx, input }) => listAttachments(ctx.db, ctx.user, input.applicationId)),
  delete: protectedProcedure
    .input(deleteAttachmentInput)
    .mutation(({ ctx, input }) => deleteAttachment(ctx.db, ctx.storage, ctx.user, input.attachmentId)),
});
