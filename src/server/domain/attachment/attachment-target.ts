import "server-only";
import type { EditableScope } from "@/lib/application/editability";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import { attachmentMessages as m } from "@/lib/attachments/messages";
import { type AttachmentSlotCode, slotOf } from "@/lib/attachments/slots";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { entryDelegate } from "../application-form/entry-tables";

/** Where a file is being attached: the application, the slot, and for proofs the entry. */
export type AttachmentTarget = { applicationId: string; slot: AttachmentSlotCode; entryId: string | null };

/** The module (or 材料附件信息) whose editability governs a slot's files. */
export function scopeOfSlot(slot: AttachmentSlotCode): EditableScope {
  const place = slotOf(slot).place;
  return place.kind === "materials" ? "materials" : place.module;
}

/** A proof names its entry; an application-wide slot names none. */
export function assertTargetShape(target: AttachmentTarget): void {
  const isEntrySlot = slotOf(target.slot).place.kind === "entry";
  if (isEntrySlot && !target.entryId) throw new AppError("BAD_REQUEST", m.entryRequired, { field: "entryId" });
  if (!isEntrySlot && target.entryId) throw new AppError("BAD_REQUEST", m.badRequest, { field: "entryId" });
}

/**
 * The entry still exists in this application and the slot has room for one more file. Run inside
 * the upload's transaction after the application row is locked, so two uploads cannot both take
 * the last place.
 */
export async function assertTargetHasRoom(client: Tx, target: AttachmentTarget): Promise<void> {
  const place = slotOf(target.slot).place;
  if (place.kind === "entry" && target.entryId) {
    const rows = await entryDelegate(client, place.module as EntryModuleKey).findMany({
      where: { id: target.entryId, applicationId: target.applicationId },
    });
    if (rows.length === 0) throw new AppError("NOT_FOUND", m.entryNotFound, { field: "entryId" });
  }
  const count = await client.attachment.count({
    where: { applicationId: target.applicationId, slot: target.slot, entryId: target.entryId },
  });
  if (count >= slotOf(target.slot).maxCount)
    throw new AppError("CONFLICT", m.tooMany(target.slot), { field: "file", reason: "LIMIT_REACHED" });
}
