"use client";

import { Button } from "@/components/ui/button";
import type { AttachmentView } from "@/lib/attachments/attachment-view";
import { attachmentLabels as L } from "./labels";
import { Modal } from "./modal";

/** Asks before deleting `file`; the slot shows the outcome. */
export function DeleteAttachmentDialog({
  file,
  pending,
  onConfirm,
  onCancel,
}: {
  file: AttachmentView | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal
      open={file !== null}
      onClose={() => {
        if (!pending) onCancel();
      }}
      title={L.deleteTitle}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            {L.cancel}
          </Button>
          <Button variant="danger" pending={pending} onClick={onConfirm}>
            {L.delete}
          </Button>
        </>
      }
    >
      {file && L.deleteConfirm(file.name)}
    </Modal>
  );
}
