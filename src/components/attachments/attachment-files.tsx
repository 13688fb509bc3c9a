"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatBytes } from "@/lib/attachments/slots";
import { formatDateTime } from "@/lib/datetime";
import { DeleteAttachmentDialog } from "./delete-attachment-dialog";
import { attachmentLabels as L } from "./labels";
import { downloadUrl, PreviewDialog } from "./preview-dialog";
import type { AttachmentView } from "./use-attachments";

/**
 * The uploaded files of a slot: name, size, upload time, 预览 (a dialog), 下载, and 删除 after a
 * confirmation when `onDelete` is given.
 */
export function AttachmentFiles({
  files,
  onDelete,
  deleting = false,
}: {
  files: AttachmentView[];
  onDelete?: (file: AttachmentView) => Promise<void>;
  deleting?: boolean;
}) {
  const [previewing, setPreviewing] = useState<AttachmentView | null>(null);
  const [confirming, setConfirming] = useState<AttachmentView | null>(null);

  return (
    <>
      <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-slate-50/60 text-sm">
        {files.map((file) => (
          <li key={file.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2">
            {/* At least 10rem for the name: on a phone the size and time wrap below it instead of
                squeezing it to 「photo.…」. */}
            <span className="min-w-0 grow basis-40 truncate font-medium text-slate-800" title={file.name}>
              {file.name}
            </span>
            <span className="text-xs tabular-nums text-slate-500">{formatBytes(file.size)}</span>
            <span className="text-xs tabular-nums text-slate-500">{formatDateTime(file.createdAt)}</span>
            <span className="flex gap-3 text-xs">
              <Button
                variant="link"
                aria-label={L.fileAction(L.preview, file.name)}
                onClick={() => setPreviewing(file)}
              >
                {L.preview}
              </Button>
              <a
                href={downloadUrl(file)}
                download={file.name}
                aria-label={L.fileAction(L.download, file.name)}
                className="text-brand-700 hover:underline"
              >
                {L.download}
              </a>
              {onDelete && (
                <Button
                  variant="link"
                  className="text-red-700"
                  aria-label={L.fileAction(L.delete, file.name)}
                  onClick={() => setConfirming(file)}
                >
                  {L.delete}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <PreviewDialog file={previewing} onClose={() => setPreviewing(null)} />
      {onDelete && (
        <DeleteAttachmentDialog
          file={confirming}
          pending={deleting}
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            if (!confirming) return;
            await onDelete(confirming);
            setConfirming(null);
          }}
        />
      )}
    </>
  );
}

/**
 * Files in a read-only place (「全部信息」, an entry's row): each name opens the preview; 下载 beside
 * it (and the size, unless `compact`). `emptyText` when there are none.
 */
export function FileLinks({
  files,
  emptyText = L.notUploaded,
  compact = false,
}: {
  files: AttachmentView[];
  emptyText?: string;
  compact?: boolean;
}) {
  const [previewing, setPreviewing] = useState<AttachmentView | null>(null);
  if (files.length === 0) return <span className="text-slate-500">{emptyText}</span>;
  return (
    <>
      <ul className="space-y-0.5">
        {files.map((file) => (
          <li key={file.id} className="flex flex-wrap items-baseline gap-x-2 whitespace-nowrap">
            <Button
              variant="link"
              className={`min-w-0 ${compact ? "max-w-[12rem]" : "max-w-[20rem]"}`}
              title={file.name}
              aria-label={L.fileAction(L.preview, file.name)}
              onClick={() => setPreviewing(file)}
            >
              <span className="truncate">{file.name}</span>
            </Button>
            {!compact && <span className="text-xs text-slate-500">{formatBytes(file.size)}</span>}
            <a
              href={downloadUrl(file)}
              download={file.name}
              aria-label={L.fileAction(L.download, file.name)}
              className="text-xs text-brand-700 hover:underline"
            >
              {L.download}
            </a>
          </li>
        ))}
      </ul>
      <PreviewDialog file={previewing} onClose={() => setPreviewing(null)} />
    </>
  );
}
