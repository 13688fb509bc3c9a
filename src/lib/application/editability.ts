import { type ModuleKey, moduleKeys } from "@/lib/application-form/modules";
import type { ApplicationStatusCode } from "@/lib/dictionaries";
import type { ReviewStageCode } from "@/lib/review/review-stages";

/** What a change touches: a form module, or 材料附件信息 (the required materials, in no module). */
export type EditableScope = ModuleKey | "materials";

export const editableScopes = [...moduleKeys, "materials"] as const satisfies readonly EditableScope[];

/** Where an application stands, as far as changing it goes. */
export type ReviewPosition = {
  status: ApplicationStatusCode;
  /** The review stage it is at; while RETURNED, the stage that returned it. Null before submission. */
  stage: ReviewStageCode | null;
  /** 退回修改的模块: what the returning stage opened again for the applicant; empty unless RETURNED. */
  returnedModules: readonly EditableScope[];
};

/** Who asks. Only the applicant ever changes an application's content; reviewers give opinions. */
export type Editor = { isApplicant: boolean };

/**
 * The one answer to "may this person change this part of this application now", asked by the
 * server before every change (assert-module-editable.ts), by the form (getForm's per-scope flags)
 * and by every button in the hall (继续填报 or 查看). A draft is open to its applicant in every
 * scope; a returned application exactly in the scopes the reviewer returned it for, whichever stage
 * returned it (SPEC §7); any other status, and anyone else, changes nothing.
 */
export function isEditable(application: ReviewPosition, scope: EditableScope, editor: Editor): boolean {
  if (!editor.isApplicant) return false;
  switch (application.status) {
    case "DRAFT":
      return true;
    case "RETURNED":
      return application.returnedModules.includes(scope);
    default:
      return false;
  }
}

/** Per scope, whether `editor` may change it now: the flags the form reads. */
export function editableScopesOf(application: ReviewPosition, editor: Editor): Record<EditableScope, boolean> {
  return Object.fromEntries(editableScopes.map((s) => [s, isEditable(application, s, editor)])) as Record<
    EditableScope,
    boolean
  >;
}

/** Whether `editor` may change anything at all: the hall offers 继续填报 then, 查看 otherwise. */
export function isEditableAtAll(application: ReviewPosition, editor: Editor): boolean {
  return editableScopes.some((s) => isEditable(application, s, editor));
}
