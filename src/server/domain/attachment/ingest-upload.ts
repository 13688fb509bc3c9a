import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import type { AttachmentView } from "@/lib/attachments/attachment-view";
import { attachmentMessages as m } from "@/lib/attachments/messages";
import { type AttachmentSlotCode, attachmentSlotCodes, slotOf } from "@/lib/attachments/slots";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { FileStorage } from "@/server/storage/types";
import { applicationMessages } from "../application/messages";
import { assertModuleEditable, editableCheckSelect } from "../application-form/assert-module-editable";
import { lockEditableApplication } from "../application-form/lock-editable-application";
import { recordAudit } from "../audit/record-audit";
import { assertWithinQuota } from "./application-quota";
import { type AttachmentTarget, assertTargetHasRoom, assertTargetShape, scopeOfSlot } from "./attachment-target";
import { attachmentViewSelect, toAttachmentView } from "./attachment-view";
import { cleanFileName } from "./file-name";
import { createUploadInspector } from "./inspect-upload";
import { abandonUpload, claimUpload, recordUpload } from "./unclaimed-files";

/** What the upload request says about the file, before any byte of it is read. Untrusted. */
export const uploadRequestSchema = z.object({
  applicationId: z.uuid(m.badRequest),
  slot: z.enum(attachmentSlotCodes as [AttachmentSlotCode, ...AttachmentSlotCode[]], m.badRequest),
  entryId: z.uuid(m.badRequest).nullable().default(null),
  fileName: z.string().transform(cleanFileName),
  /** Content-Length when the browser sent one. */
  declaredSize: z.number().int().min(0).nullable().default(null),
});

export type UploadRequest = z.input<typeof uploadRequestSchema>;

/** Limits from the configuration. */
export type UploadLimits = {
  /** Total bytes of one application's files (ATTACHMENT_QUOTA_MB). */
  quotaBytes: number;
};

/**
 * 附件上传: checks the request, streams the body into the staging folder while inspecting it
 * (size, sha256, type from the bytes), records the upload, hands the checked file to storage, and
 * only then writes the metadata row, in a transaction that locks the application and re-checks the
 * rules. Whatever fails — a rule, a dropped connection, storage — leaves no file and no row behind;
 * whatever a crash interrupts is left recorded, and the storage sweeper removes it.
 */
export async function ingestUpload(
  db: Db,
  storage: FileStorage,
  user: SessionUser,
  request: UploadRequest,
  body: AsyncIterable<Uint8Array>,
  limits: UploadLimits,
): Promise<AttachmentView> {
  const parsed = uploadRequestSchema.safeParse(request);
  if (!parsed.success) throw new AppError("BAD_REQUEST", m.badRequest);
  const { applicationId, slot, entryId, fileName, declaredSize } = parsed.data;
  const target: AttachmentTarget = { applicationId, slot, entryId };
  assertTargetShape(target);
  if (declaredSize === 0) throw new AppError("BAD_REQUEST", m.empty(fileName), { field: "file" });
  if (declaredSize !== null && declaredSize > slotOf(slot).maxBytes)
    throw new AppError("PAYLOAD_TOO_LARGE", m.tooLarge(slot, declaredSize), { field: "file" });

  // Refuse early, before the bytes travel, when the rules already say no; re-checked under lock below.
  const application = await db.application.findFirst({
    where: { id: applicationId, applicantId: user.id },
    select: editableCheckSelect,
  });
  if (!application) throw new AppError("NOT_FOUND", applicationMessages.notFound);
  assertModuleEditable(application, user.id, scopeOfSlot(slot));
  await assertTargetHasRoom(db, target);
  await assertWithinQuota(db, applicationId, declaredSize, limits.quotaBytes);

  await mkdir(storage.stagingDir, { recursive: true });
  const staged = path.join(storage.stagingDir, `${randomUUID()}.part`);
  try {
    const inspector = createUploadInspector(slot, fileName);
    // The part file exists before the first byte flows, so the removal below always finds it: a
    // stream left to open the file itself may do so only after a refused upload was cleaned up.
    const part = await open(staged, "wx");
    try {
      await pipeline(body, inspector.inspect, part.createWriteStream());
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError("BAD_REQUEST", m.interrupted, { field: "file" });
    }
    const inspection = inspector.result();
    // A body shorter than its Content-Length is a connection that ended early, never a whole file.
    if (declaredSize !== null && inspection.size !== declaredSize)
      throw new AppError("BAD_REQUEST", m.interrupted, { field: "file" });
    // Recorded before the bytes move: a crash from here on leaves a record the sweeper acts on.
    const id = await recordUpload(db, storage.backend);
    let key: string | null = null;
    try {
      key = await storage.save({ path: staged, size: inspection.size, contentType: inspection.contentType }, id);
      const storageKey = key;
      return await db.$transaction(async (tx) => {
        await lockEditableApplication(tx, user.id, applicationId, scopeOfSlot(slot));
        await assertTargetHasRoom(tx, target);
        await assertWithinQuota(tx, applicationId, inspection.size, limits.quotaBytes);
        await claimUpload(tx, id);
        const row = await tx.attachment.create({
          data: {
            applicationId,
            ownerId: user.id,
            slot,
            entryId,
            originalName: fileName,
            mimeType: inspection.contentType,
            size: inspection.size,
            sha256: inspection.sha256,
            storageBackend: storage.backend,
            storageKey,
          },
          select: attachmentViewSelect,
        });
        await recordAudit(tx, {
          actorId: user.id,
          action: "application.attachment.add",
          entityType: "Application",
          entityId: applicationId,
          detail: {
            attachmentId: row.id,
            slot,
            entryId,
            name: fileName,
            size: inspection.size,
            sha256: inspection.sha256,
          },
        });
        return toAttachmentView(row);
      });
    } catch (error) {
      await abandonUpload(db, storage, id, key);
      throw error;
    }
  } finally {
    await rm(staged, { force: true });
  }
}
