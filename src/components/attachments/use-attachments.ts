"use client";

import { useCallback, useMemo } from "react";
import type { AttachmentView } from "@/lib/attachments/attachment-view";
import { type AttachmentSlotCode, materialSlotCodes, slotOf } from "@/lib/attachments/slots";
import { api } from "@/trpc/react";

export type { AttachmentView };

/**
 * The files of one application: a single `attachment.list` query shared by every slot on the page
 * (React Query keeps one copy per application), refreshed after an upload or a deletion.
 * `initial` seeds it with the list the page was rendered with.
 */
export function useAttachments(applicationId: string, initial?: AttachmentView[]) {
  const query = api.attachment.list.useQuery({ applicationId }, initial ? { initialData: initial } : undefined);
  const utils = api.useUtils();
  const files = useMemo(() => query.data ?? [], [query.data]);
  const inSlot = useCallback(
    (slot: AttachmentSlotCode, entryId: string | null = null) =>
      files.filter((f) => f.slot === slot && f.entryId === entryId),
    [files],
  );
  const refresh = useCallback(() => utils.attachment.list.invalidate({ applicationId }), [utils, applicationId]);
  return { files, inSlot, refresh, loading: query.isPending, failed: query.isError && query.data === undefined };
}

/** 材料附件信息 is complete once every 必传 material has a file. */
export function materialsComplete(files: AttachmentView[]): boolean {
  return materialSlotCodes.every((code) => !slotOf(code).required || files.some((f) => f.slot === code));
}
