import "server-only";
import { z } from "zod";

export const listAttachmentsInput = z.object({ applicationId: z.uuid() });
/** Attachment ids are UUIDs made by the database; anything else cannot name a file. */
export const attachmentId = z.uuid();
export const deleteAttachmentInput = z.object({ attachmentId });
