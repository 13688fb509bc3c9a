"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { RequiredMark } from "@/components/ui/field";
import { actionErrorMessage } from "@/components/ui/server-error";
import { attachmentMessages as m } from "@/lib/attachments/messages";
import { type AttachmentSlotCode, acceptAttribute, slotOf, slotRules } from "@/lib/attachments/slots";
import { api } from "@/trpc/react";
import { AttachmentFiles } from "./attachment-files";
import { attachmentLabels as L } from "./labels";
import { UploadError, uploadFile } from "./upload-file";
import { type AttachmentView, useAttachments } from "./use-attachments";

type Progress = { name: string; loaded: number; total: number; index: number; of: number };
type Notice = { tone: "success" | "error"; text: string } | null;

/**
 * One attachment slot (附件上传): its name (red asterisk when 必传), the three rules as the manual
 * words them (格式要求 / 大小要求 / 数量要求), 「上传文件」 with a progress bar, the message of a
 * refusal right here, and 「展开」/「收起」 for the uploaded files with 预览, 下载 and 删除.
 * Read-only (`editable` false) it lists the files alone. `disabledReason` explains why nothing can
 * be uploaded yet (e.g. the entry is not saved).
 */
export function AttachmentSlot({
  applicationId,
  slot,
  entryId = null,
  editable,
  disabledReason,
  context,
  thumbnail = false,
  defaultExpanded = false,
}: {
  applicationId: string;
  slot: AttachmentSlotCode;
  entryId?: string | null;
  editable: boolean;
  disabledReason?: string;
  /** What the slot belongs to (an entry's name), shown beside the slot name and part of its accessible name. */
  context?: string;
  /** Shows the first image as a small picture (个人照片). */
  thumbnail?: boolean;
  defaultExpanded?: boolean;
}) {
  const definition = slotOf(slot);
  const rules = slotRules(slot);
  const { inSlot, refresh, loading, failed } = useAttachments(applicationId);
  const files = inSlot(slot, entryId);
  const room = definition.maxCount - files.length;

  const uid = useId();
  const titleId = `${uid}-title`;
  const contextId = `${uid}-context`;
  const reasonId = `${uid}-reason`;
  const listId = `${uid}-files`;
  const input = useRef<HTMLInputElement>(null);
  const current = useRef<{ abort: () => void } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [expanded, setExpanded] = useState(defaultExpanded);
  const remove = api.attachment.delete.useMutation();

  // Leaving the page (or the entry) mid-upload stops the transfer; the server keeps nothing.
  useEffect(() => () => current.current?.abort(), []);
  // A confirmation fades after a while (the file stays listed); a refusal stays until the next try.
  useEffect(() => {
    if (notice?.tone !== "success") return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  const uploading = progress !== null;
  const reason = disabledReason ?? (room <= 0 ? L.full(rules.count) : undefined);
  const canUpload = editable && !uploading && reason === undefined && !loading;

  async function upload(selected: File[]) {
    setNotice(null);
    if (selected.length === 0) return;
    if (selected.length > room) {
      setNotice({ tone: "error", text: room <= 0 ? m.tooMany(slot) : L.tooManySelected(room) });
      return;
    }
    // The server checks everything again; these spare a long wait for a file it would refuse.
    for (const file of selected) {
      const refusal =
        file.size === 0 ? m.empty(file.name) : file.size > definition.maxBytes ? m.tooLarge(slot, file.size) : null;
      if (refusal) {
        setNotice({ tone: "error", text: refusal });
        return;
      }
    }
    const done: string[] = [];
    try {
      for (const [i, file] of selected.entries()) {
        const base = { name: file.name, index: i + 1, of: selected.length };
        setProgress({ ...base, loaded: 0, total: file.size });
        const request = uploadFile({
          applicationId,
          slot,
          entryId,
          file,
          onProgress: ({ loaded, total }) => setProgress({ ...base, loaded, total }),
        });
        current.current = request;
        const stored = await request.promise;
        done.push(stored.name);
      }
      setNotice({ tone: "success", text: done.map(L.uploaded).join("，") });
      setExpanded(true);
    } catch (error) {
      setNotice({ tone: "error", text: error instanceof UploadError ? error.message : L.networkError });
      if (done.length > 0) setExpanded(true);
    } finally {
      current.current = null;
      setProgress(null);
      await refresh();
    }
  }

  async function deleteFile(file: AttachmentView) {
    setNotice(null);
    try {
      await remove.mutateAsync({ attachmentId: file.id });
      setNotice({ tone: "success", text: L.deleted(file.name) });
    } catch (error) {
      setNotice({ tone: "error", text: actionErrorMessage(error) });
    } finally {
      await refresh();
    }
  }

  const percent = progress ? Math.min(100, Math.round((progress.loaded / Math.max(progress.total, 1)) * 100)) : 0;
  const image = thumbnail ? files.find((f) => f.mimeType.startsWith("image/")) : undefined;

  return (
    <section
      aria-labelledby={context ? `${titleId} ${contextId}` : titleId}
      data-slot={slot}
      data-count={files.length}
      className="rounded-md border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-start gap-4">
        {thumbnail && (
          <div className="grid h-28 w-[5.25rem] shrink-0 place-items-center overflow-hidden rounded border border-slate-200 bg-slate-50 text-xs text-slate-500">
            {image ? (
              <img src={image.url} alt={definition.label} className="h-full w-full object-cover" />
            ) : (
              L.notUploaded
            )}
          </div>
        )}
        <div className="min-w-0 flex-1 space-y-2">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h3 className="text-sm font-medium text-slate-900">
                <span id={titleId}>{definition.label}</span>
                {definition.required && <RequiredMark />}
                {context && (
                  <span id={contextId} className="ml-2 font-normal text-slate-500">
                    {context}
                  </span>
                )}
              </h3>
              <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-slate-500">
                <Rule term={L.formats} value={rules.formats} />
                <Rule term={L.size} value={rules.size} />
                <Rule term={L.count} value={rules.count} />
              </dl>
              {definition.hint && <p className="mt-0.5 text-xs text-slate-500">{definition.hint}</p>}
              {editable && reason && !uploading && (
                <p id={reasonId} className="mt-1 text-xs text-amber-700">
                  {reason}
                </p>
              )}
            </div>
            {editable && (
              <div className="flex items-center gap-2">
                {uploading ? (
                  <Button variant="secondary" size="sm" onClick={() => current.current?.abort()}>
                    {L.cancelUpload}
                  </Button>
                ) : (
                  <Button
                    variant="secondary"
                    size="sm"
                    disabled={!canUpload}
                    aria-describedby={reason ? reasonId : undefined}
                    onClick={() => input.current?.click()}
                  >
                    <span aria-hidden="true">↑</span>
                    {L.upload}
                  </Button>
                )}
                <input
                  ref={input}
                  type="file"
                  hidden
                  tabIndex={-1}
                  aria-label={`${L.upload}：${definition.label}`}
                  accept={acceptAttribute(slot)}
                  multiple={room > 1}
                  disabled={!canUpload}
                  onChange={(e) => {
                    const selected = Array.from(e.currentTarget.files ?? []);
                    // Cleared, so choosing the same file again (after a refusal) fires again.
                    e.currentTarget.value = "";
                    void upload(selected);
                  }}
                />
              </div>
            )}
          </div>

          {progress && (
            <div className="space-y-1" data-testid="upload-progress">
              <div className="flex justify-between gap-3 text-xs text-slate-600">
                <span className="truncate">
                  {L.uploading(progress.name)}
                  {progress.of > 1 && L.uploadingOf(progress.index, progress.of)}
                </span>
                <span className="tabular-nums">{percent}%</span>
              </div>
              <div
                role="progressbar"
                aria-label={L.progress(progress.name)}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                className="h-1.5 overflow-hidden rounded-full bg-slate-100"
              >
                <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
              </div>
            </div>
          )}

          {notice && (
            <p
              role={notice.tone === "error" ? "alert" : "status"}
              className={`text-xs ${notice.tone === "error" ? "text-red-600" : "text-green-700"}`}
            >
              {notice.tone === "success" && <span aria-hidden="true">✓ </span>}
              {notice.text}
            </p>
          )}

          <div className="flex items-center gap-3 text-xs">
            <span className="text-slate-500">
              {failed ? L.loadFailed : loading ? L.loading : L.uploadedCount(files.length, definition.maxCount)}
            </span>
            {files.length > 0 && (
              <Button
                variant="link"
                className="text-xs"
                aria-expanded={expanded}
                aria-controls={listId}
                aria-label={L.toggleName(expanded ? L.collapse : L.expand, definition.label)}
                onClick={() => setExpanded((v) => !v)}
              >
                {expanded ? L.collapse : L.expand}
                <span aria-hidden="true">{expanded ? "▴" : "▾"}</span>
              </Button>
            )}
          </div>
          <div id={listId} hidden={!expanded || files.length === 0}>
            {expanded && files.length > 0 && (
              <AttachmentFiles files={files} onDelete={editable ? deleteFile : undefined} deleting={remove.isPending} />
            )}
          </div>
        </div>
      </div>
    </section>
  );
}

function Rule({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex">
      <dt>{term}：</dt>
      <dd className="text-slate-700">{value}</dd>
    </div>
  );
}
