import type { ReadableForm } from "@/components/application-form/form-view";
import type { ApplicationContent, ContentAttachment } from "@/lib/application/content.types";
import type { EntryView, SectionModuleKey, SectionView } from "@/lib/application-form/form.types";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import type { AttachmentView } from "@/lib/attachments/attachment-view";

/**
 * A submitted snapshot in the shape the read-only views read. A snapshot has no versions (nothing
 * in it is saved again), so every section and entry reads as version 0.
 */
export function snapshotForm(content: ApplicationContent): ReadableForm {
  const sections = Object.fromEntries(
    Object.entries(content.sections).map(([key, data]) => [key, data ? { version: 0, data } : null]),
  ) as Record<SectionModuleKey, SectionView>;
  const entries = Object.fromEntries(
    Object.entries(content.entries).map(([key, list]) => [key, list.map((e) => ({ ...e, version: 0 }))]),
  ) as Record<EntryModuleKey, EntryView[]>;
  return { sections, entries, assessmentYears: content.assessmentYears };
}

/** A snapshot's file as the file lists show it; it opens through the file route, under the reader's access rule. */
export function snapshotFile(file: ContentAttachment): AttachmentView {
  return {
    id: file.id,
    slot: file.slot,
    entryId: file.entryId,
    name: file.name,
    mimeType: file.mimeType,
    size: file.size,
    createdAt: new Date(file.createdAt),
    url: `/api/files/${file.id}`,
  };
}
