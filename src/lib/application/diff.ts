import type { ApplicationContent, ContentAttachment, ContentEntry } from "@/lib/application/content.types";
import type { EditableScope } from "@/lib/application/editability";
import { entryModuleOf } from "@/lib/application-form/entry-fields";
import { type FieldDefinition, type FieldList, shownLabel, text } from "@/lib/application-form/field-kinds";
import type { SectionModuleKey } from "@/lib/application-form/form.types";
import { type EntryModuleKey, type ModuleKey, moduleKeys, modules } from "@/lib/application-form/modules";
import {
  annualAssessmentFields,
  basicInfoFields,
  continuingEducationFields,
} from "@/lib/application-form/section-fields";
import { type AttachmentSlotCode, slotOf } from "@/lib/attachments/slots";
import { labelOf } from "@/lib/dictionaries";

/**
 * What changed between two submitted snapshots of one application (the previous 提交 and the
 * 重新提交 after a 退回): per module, the fields whose value changed, the entries added, removed or
 * changed, and the files added or removed. A reviewer reads it to see what the applicant did with
 * the return opinion. Values are shown as people read them (dictionary labels, 是/否); null is empty.
 */
export type FieldChange = { key: string; label: string; before: string | null; after: string | null };

/** An entry of a repeatable module, named by its title field, with the fields that differ. */
export type EntryChange = { entryId: string; title: string; fields: FieldChange[] };

/** A file, named by its slot, the entry it proves (if any), its name and its content's sha256. */
export type FileChange = {
  /** The attachment's id in the snapshot it comes from (a removed file's may no longer open). */
  id: string;
  slot: AttachmentSlotCode;
  slotLabel: string;
  entryId: string | null;
  name: string;
  sha256: string;
};

export type ModuleDiff = {
  /** A form module, or "materials" for 材料附件信息. */
  scope: EditableScope;
  label: string;
  /** A single-record module's changed fields. */
  fields: FieldChange[];
  entriesAdded: EntryChange[];
  entriesRemoved: EntryChange[];
  entriesChanged: EntryChange[];
  filesAdded: FileChange[];
  filesRemoved: FileChange[];
};

/** The modules that changed, in the form's order, 材料附件信息 last; empty when nothing did. */
export type ApplicationDiff = { modules: ModuleDiff[] };

export const MATERIALS_LABEL = "材料附件信息";

const EMPTY = null;
const YES = "是";
const NO = "否";

/** A saved value as people read it; null for nothing. */
function shownValue(field: FieldDefinition, value: unknown): string | null {
  if (field.kind === "boolean") return value === true ? YES : NO;
  if (value === undefined || value === null || value === "") return EMPTY;
  if (field.kind === "dictionary") return labelOf(field.items, String(value));
  return String(value);
}

function fieldChanges(
  fields: FieldList,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const b = before ? shownValue(field, before[key]) : EMPTY;
    const a = after ? shownValue(field, after[key]) : EMPTY;
    return b === a ? [] : [{ key, label: shownLabel(field), before: b, after: a }];
  });
}

/** A single-record module's fields and where its values sit in the saved data. */
function sectionShape(
  module: SectionModuleKey,
  content: ApplicationContent,
): { fields: FieldList; values: (data: Record<string, unknown> | null) => Record<string, unknown> | null } {
  switch (module) {
    case "basicInfo":
      return { fields: basicInfoFields, values: (d) => d };
    case "continuingEducation":
      return { fields: continuingEducationFields, values: (d) => d };
    case "annualAssessment":
      return {
        fields: annualAssessmentFields(content.assessmentYears),
        values: (d) => (d?.results as Record<string, unknown> | undefined) ?? null,
      };
    default:
      // The short texts (创新技术改革方法 …): one text, named by the module.
      return {
        fields: { text: text(modules[module].label, { max: modules[module].maxLength ?? 500, multiline: true }) },
        values: (d) => d,
      };
  }
}

function entryTitle(module: EntryModuleKey, entry: ContentEntry): string {
  const value = entry.data[entryModuleOf(module).titleField];
  return typeof value === "string" && value ? value : "";
}

function entryDiff(
  module: EntryModuleKey,
  before: ContentEntry[],
  after: ContentEntry[],
): Pick<ModuleDiff, "entriesAdded" | "entriesRemoved" | "entriesChanged"> {
  const { fields } = entryModuleOf(module);
  const beforeById = new Map(before.map((e) => [e.id, e]));
  const afterIds = new Set(after.map((e) => e.id));
  const change = (entry: ContentEntry, b: ContentEntry | null, a: ContentEntry | null): EntryChange => ({
    entryId: entry.id,
    title: entryTitle(module, entry),
    fields: fieldChanges(fields, b?.data ?? null, a?.data ?? null),
  });
  return {
    entriesAdded: after.filter((e) => !beforeById.has(e.id)).map((e) => change(e, null, e)),
    entriesRemoved: before.filter((e) => !afterIds.has(e.id)).map((e) => change(e, e, null)),
    entriesChanged: after.flatMap((e) => {
      const previous = beforeById.get(e.id);
      if (!previous) return [];
      const changed = change(e, previous, e);
      return changed.fields.length > 0 ? [changed] : [];
    }),
  };
}

/** The scope a file belongs to: its slot's module, or 材料附件信息. */
function scopeOfFile(file: ContentAttachment): EditableScope {
  const place = slotOf(file.slot).place;
  return place.kind === "materials" ? "materials" : place.module;
}

const fileKey = (f: ContentAttachment) => JSON.stringify([f.slot, f.entryId, f.sha256, f.name]);

const toFileChange = (f: ContentAttachment): FileChange => ({
  id: f.id,
  slot: f.slot,
  slotLabel: slotOf(f.slot).label,
  entryId: f.entryId,
  name: f.name,
  sha256: f.sha256,
});

/** Files of `from` not matched (same slot, entry, bytes and name) by one of `against`, as many times as they occur. */
function unmatched(from: ContentAttachment[], against: ContentAttachment[]): ContentAttachment[] {
  const left = new Map<string, number>();
  for (const f of against) left.set(fileKey(f), (left.get(fileKey(f)) ?? 0) + 1);
  return from.filter((f) => {
    const n = left.get(fileKey(f)) ?? 0;
    if (n === 0) return true;
    left.set(fileKey(f), n - 1);
    return false;
  });
}

const emptyModule = (scope: EditableScope, label: string): ModuleDiff => ({
  scope,
  label,
  fields: [],
  entriesAdded: [],
  entriesRemoved: [],
  entriesChanged: [],
  filesAdded: [],
  filesRemoved: [],
});

const isEmpty = (d: ModuleDiff) =>
  d.fields.length +
    d.entriesAdded.length +
    d.entriesRemoved.length +
    d.entriesChanged.length +
    d.filesAdded.length +
    d.filesRemoved.length ===
  0;

/** What changed from `prev` to `next`, two snapshots of the same application. */
export function diffContents(prev: ApplicationContent, next: ApplicationContent): ApplicationDiff {
  const added = unmatched(next.attachments, prev.attachments);
  const removed = unmatched(prev.attachments, next.attachments);
  const filesOf = (scope: EditableScope) => ({
    filesAdded: added.filter((f) => scopeOfFile(f) === scope).map(toFileChange),
    filesRemoved: removed.filter((f) => scopeOfFile(f) === scope).map(toFileChange),
  });

  const moduleDiff = (module: ModuleKey): ModuleDiff => {
    const base = emptyModule(module, modules[module].label);
    if (modules[module].kind === "entries") {
      const key = module as EntryModuleKey;
      return { ...base, ...entryDiff(key, prev.entries[key] ?? [], next.entries[key] ?? []), ...filesOf(module) };
    }
    const key = module as SectionModuleKey;
    const shape = sectionShape(key, next);
    const previousShape = sectionShape(key, prev);
    // 年度考核's years follow the notice, the same for both snapshots; the union keeps a year either one has.
    const fields = { ...previousShape.fields, ...shape.fields };
    const changes = fieldChanges(
      fields,
      previousShape.values(prev.sections[key] ?? null),
      shape.values(next.sections[key] ?? null),
    );
    return { ...base, fields: changes, ...filesOf(module) };
  };

  const changed = [
    ...moduleKeys.map(moduleDiff),
    { ...emptyModule("materials", MATERIALS_LABEL), ...filesOf("materials") },
  ].filter((d) => !isEmpty(d));
  return { modules: changed };
}
