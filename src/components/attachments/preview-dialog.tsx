"use client";

import { useState } from "react";
import { PdfViewer } from "@/components/pdf/pdf-viewer";
import { Button } from "@/components/ui/button";
import type { AttachmentView } from "@/lib/attachments/attachment-view";
import { attachmentLabels as L } from "./labels";
import { Modal } from "./modal";

const linkButton =
  "inline-flex items-center justify-center whitespace-nowrap rounded-md border border-slate-300 bg-white px-4 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50";

export const downloadUrl = (file: Pick<AttachmentView, "url">) => `${file.url}?download=1`;

const isPdf = (file: AttachmentView) => file.mimeType === "application/pdf";

/**
 * 预览: an image shown as is (在新窗口打开 too), a PDF drawn by the app's own viewer, which never runs
 * the file's scripts. A PDF has no 在新窗口打开: the browser's viewer would run them. 下载 for either.
 */
export function PreviewDialog({ file, onClose }: { file: AttachmentView | null; onClose: () => void }) {
  return (
    <Modal
      open={file !== null}
      onClose={onClose}
      width="xl"
      title={file ? L.previewTitle(file.name) : ""}
      footer={
        file && (
          <>
            {!isPdf(file) && (
              <a href={file.url} target="_blank" rel="noopener noreferrer" className={linkButton}>
                {L.openInNewWindow}
              </a>
            )}
            <a href={downloadUrl(file)} download={file.name} className={linkButton}>
              {L.download}
            </a>
            <Button onClick={onClose}>{L.close}</Button>
          </>
        )
      }
    >
      {file && <PreviewBody key={file.id} file={file} />}
    </Modal>
  );
}

function PreviewBody({ file }: { file: AttachmentView }) {
  const [broken, setBroken] = useState(false);
  if (file.mimeType.startsWith("image/")) {
    return broken ? (
      <p className="py-8 text-center text-slate-500">{L.imageFailed}</p>
    ) : (
      <img
        src={file.url}
        alt={file.name}
        onError={() => setBroken(true)}
        className="mx-auto max-h-[70vh] max-w-full object-contain"
      />
    );
  }
  if (isPdf(file)) return <PdfViewer url={file.url} title={file.name} />;
  return <p className="py-8 text-center text-slate-500">{L.noPreview}</p>;
}
