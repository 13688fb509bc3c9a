import "server-only";
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

export const listAttachmentsInput = z.object({ applicationId: recordId() });
/** Attachment ids are UUIDs made by the database; anything else cannot name a file. */
export const attachmentId = recordId();
export const deleteAttachmentInput = z.object({ attachmentId });
