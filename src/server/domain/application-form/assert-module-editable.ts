import "server-only";
import type { ModuleKey } from "@/lib/application-form/modules";
import type { ApplicationStatusCode } from "@/lib/dictionaries";
import { AppError } from "@/server/errors";
import { applicationFormMessages as m } from "./messages";

type EditableSubject = { status: ApplicationStatusCode };

/** What a change touches: a form module, or 材料附件信息 (the required materials, no form module). */
export type EditableScope = ModuleKey | "materials";

/**
 * The one place that decides whether the applicant may change a module now. A draft is open in
 * every module; a returned application will open only the modules the reviewer returned it for
 * (SPEC §7), which is why the module is part of the question.
 */
export function isModuleEditable(application: EditableSubject, _scope: EditableScope): boolean {
  return application.status === "DRAFT";
}

export function assertModuleEditable(application: EditableSubject, scope: EditableScope): void {
  if (!isModuleEditable(application, scope)) throw new AppError("FORBIDDEN", m.notEditable, { reason: "NOT_EDITABLE" });
}
