import "server-only";
import type { AttachmentView } from "@/lib/attachments/attachment-view";
import type { AttachmentSlotCode } from "@/lib/attachments/slots";

export const attachmentViewSelect = {
  id: true,
  slot: true,
  entryId: true,
  originalName: true,
  mimeType: true,
  size: true,
  createdAt: true,
} as const;

type Row = {
  id: string;
  slot: AttachmentSlotCode;
  entryId: string | null;
  originalName: string;
  mimeType: string;
  size: number;
  createdAt: Date;
};

export function toAttachmentView(row: Row): AttachmentView {
  return {
    id: row.id,
    slot: row.slot,
    entryId: row.entryId,
    name: row.originalName,
    mimeType: row.mimeType,
    size: row.size,
    createdAt: row.createdAt,
    url: `/api/files/${row.id}`,
  };
}
