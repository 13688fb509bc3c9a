import { z } from "zod";

export const listAttachmentsInput = z.object({ applicationId: z.uuid() });
export const deleteAttachmentInput = z.object({ attachmentId: z.uuid() });
