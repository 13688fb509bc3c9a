import { z } from "zod";
import type { EditableScope } from "@/lib/application/editability";
import type { ApplicationStatusCode, TitleLevelCode } from "@/lib/dictionaries";
import type { ReviewStageCode } from "@/lib/review/review-stages";
import { recordId } from "@/lib/validation/record-id";
import type { EntryModuleKey, ModuleKey, TextModuleKey } from "./modules";
import { entryModuleKeys, textModuleKeys } from "./modules";

/**
 * The contract between the application form's pages and its procedures (信息填报): the procedures'
 * inputs, validated here (the module data itself by the module's schema, schemas.ts), and what
 * they return. Browser-safe: the pages import it, the server implements it.
 */
export type SectionModuleKey = "basicInfo" | "continuingEducation" | "annualAssessment" | TextModuleKey;
export const sectionModuleKeys = [
  "basicInfo",
  "continuingEducation",
  "annualAssessment",
  ...textModuleKeys,
] as const satisfies readonly SectionModuleKey[];

const id = recordId();

export const getFormInput = z.object({ applicationId: id });

export const saveSectionInput = z.object({
  applicationId: id,
  module: z.enum(sectionModuleKeys),
  /** The version the form was loaded with; null when the module was never saved. */
  version: z.number().int().min(1).nullable(),
  data: z.unknown(),
});

export const addEntryInput = z.object({
  applicationId: id,
  module: z.enum(entryModuleKeys as [EntryModuleKey, ...EntryModuleKey[]]),
  data: z.unknown(),
  /** With data.representative: the entry whose 参评 mark moves to this one (when the limit is reached). */
  representativeReplaces: id.optional(),
});

export const updateEntryInput = addEntryInput.extend({ entryId: id, version: z.number().int().min(1) });

export const deleteEntryInput = z.object({
  applicationId: id,
  module: z.enum(entryModuleKeys as [EntryModuleKey, ...EntryModuleKey[]]),
  entryId: id,
  version: z.number().int().min(1),
});

export type SaveSectionInput = z.output<typeof saveSectionInput>;
export type AddEntryInput = z.output<typeof addEntryInput>;
export type UpdateEntryInput = z.output<typeof updateEntryInput>;
export type DeleteEntryInput = z.output<typeof deleteEntryInput>;

/** A saved entry as the form edits it: the module schema's input fields plus identity and version. */
export type EntryView = { id: string; version: number; data: Record<string, unknown> };

export type SectionView = { version: number; data: Record<string, unknown> } | null;

/** saveSection's result: the section as stored now (data is the schema's parsed output). */
export type SavedSection = NonNullable<SectionView>;

/** deleteEntry's result. */
export type DeletedEntry = { id: string };

export type FormView = {
  application: {
    id: string;
    status: ApplicationStatusCode;
    /** Whether the caller may change anything now (src/lib/application/editability.ts): the form, or 全部信息 only. */
    editable: boolean;
    /** Per module and 材料附件信息: whether the caller may change it now (the same rule). */
    editableScopes: Record<EditableScope, boolean>;
    notice: { id: string; title: string; levels: TitleLevelCode[]; series: string; endsAt: Date };
    unit: { name: string; creditCode: string; departmentName: string };
    /** While 被退回: the 退回 that opened it again (the banner above the form); null otherwise. */
    returned: ReturnView | null;
  };
  /** From the sign-in identity: prefills 姓名, 身份证号 (read-only) and 手机号. */
  identity: { name: string; idCardNumber: string | null; mobile: string | null };
  /** The five years 年度考核 asks for (before the notice's year). */
  assessmentYears: number[];
  sections: Record<SectionModuleKey, SectionView>;
  entries: Record<EntryModuleKey, EntryView[]>;
  /** Per module: the navigator's mark (src/server/domain/application-form/completion.ts). */
  completion: Record<ModuleKey, ModuleCompletion>;
};

/**
 * A module's mark: 已完成 (holds data that passes its own rules), 未完成, or 未填写（选填） — an
 * optional module left empty, which is a choice, not a gap.
 */
export type ModuleCompletion = "complete" | "incomplete" | "optionalEmpty";

/** A 退回 as the applicant reads it: the opinion, the stage that returned it, when, and the scopes opened again. */
export type ReturnView = { opinion: string; stage: ReviewStageCode; at: Date; modules: EditableScope[] };

/** Error `cause` details the form needs beyond a message (in error.data via AppError.field). */
export const STALE_FIELD = "version";
