import type { AttachmentSlotCode } from "@/lib/attachments/slots";
import { attachmentLabels as L } from "./labels";

/** The upload route's answer for a stored file (JSON: the time is a string until the list refreshes). */
export type UploadedAttachment = { id: string; name: string; size: number; mimeType: string; url: string };

export type UploadProgress = { loaded: number; total: number };

/** A refused or failed upload; `message` is shown at the slot as is. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly aborted = false,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

type ErrorBody = { error?: { code?: string; message?: string } };

/**
 * 附件上传 through POST /api/files: the raw file as the body, its name URI-encoded in X-File-Name.
 * XMLHttpRequest rather than fetch, because only it reports upload progress. `abort()` stops the
 * transfer; the promise then rejects with an UploadError whose `aborted` is true.
 */
export function uploadFile({
  applicationId,
  slot,
  entryId,
  file,
  onProgress,
}: {
  applicationId: string;
  slot: AttachmentSlotCode;
  entryId?: string | null;
  file: File;
  onProgress?: (progress: UploadProgress) => void;
}): { promise: Promise<UploadedAttachment>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const query = new URLSearchParams({ applicationId, slot });
  if (entryId) query.set("entryId", entryId);

  const promise = new Promise<UploadedAttachment>((resolve, reject) => {
    xhr.open("POST", `/api/files?${query}`);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.responseType = "text";
    xhr.upload.onprogress = (e) => onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      const body = parse(xhr.responseText) as ({ attachment?: UploadedAttachment } & ErrorBody) | null;
      if (xhr.status === 201 && body?.attachment) {
        onProgress?.({ loaded: file.size, total: file.size });
        resolve(body.attachment);
        return;
      }
      const error = body?.error;
      reject(new UploadError(error?.message || L.failed(xhr.status), xhr.status, error?.code ?? "HTTP_ERROR"));
    };
    xhr.onerror = () => reject(new UploadError(L.networkError, 0, "NETWORK_ERROR"));
    xhr.onabort = () => reject(new UploadError(L.cancelled, 0, "ABORTED", true));
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
