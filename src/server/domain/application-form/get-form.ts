import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { type EditableScope, editableScopesOf, isEditableAtAll } from "@/lib/application/editability";
import {
  type EntryView,
  type FormView,
  type SectionModuleKey,
  type SectionView,
  sectionModuleKeys,
} from "@/lib/application-form/form.types";
import { type EntryModuleKey, entryModuleKeys } from "@/lib/application-form/modules";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { applicationMessages } from "../application/messages";
import { reviewPositionSelect, toReviewPosition } from "../application/review-position";
import { readUnitSnapshot } from "../application/unit-snapshot";
import { formCompletion } from "./completion";
import { type EntryRow, entryTables, toEntryView } from "./entry-tables";
import { formRulesOf } from "./form-rules";

const inOrder = { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] };

/**
 * The whole form in one read. Each relation is one query whatever its number of rows, so the
 * query count is fixed (a test holds it to that).
 */
const formSelect = {
  id: true,
  ...reviewPositionSelect,
  unitSnapshot: true,
  notice: { select: { id: true, title: true, levels: true, series: true, startsAt: true, endsAt: true } },
  sections: { select: { module: true, data: true, version: true } },
  exceptionalExperts: inOrder,
  educations: inOrder,
  workExperiences: inOrder,
  papers: inOrder,
  projects: inOrder,
  patents: inOrder,
  workReports: inOrder,
  honors: inOrder,
  punishments: inOrder,
  // The latest 退回, for the banner of a returned application.
  flowEvents: {
    where: { action: "RETURN" },
    orderBy: { sequence: "desc" },
    take: 1,
    select: { opinion: true, stage: true, at: true, returnedModules: true },
  },
} satisfies Prisma.ApplicationSelect;

/** 信息填报: the caller's application with every module, identity for prefill, and completion marks. */
export async function getForm(db: Db, user: SessionUser, applicationId: string): Promise<FormView> {
  // One round trip for the whole form, however many entries (relation joins, not a query per relation).
  const row = await db.application.findFirst({
    relationLoadStrategy: "join",
    where: { id: applicationId, applicantId: user.id },
    select: formSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", applicationMessages.notFound);

  const sections = Object.fromEntries(sectionModuleKeys.map((k) => [k, null])) as Record<SectionModuleKey, SectionView>;
  for (const s of row.sections) {
    if ((sectionModuleKeys as readonly string[]).includes(s.module)) {
      sections[s.module as SectionModuleKey] = { version: s.version, data: s.data as Record<string, unknown> };
    }
  }
  const relations = row as unknown as Record<string, EntryRow[]>;
  const entries = Object.fromEntries(
    entryModuleKeys.map((k) => [k, relations[entryTables[k].relation].map((r) => toEntryView(k, r))]),
  ) as Record<EntryModuleKey, EntryView[]>;

  const rules = formRulesOf(row.notice, user);
  const { startsAt: _startsAt, ...notice } = row.notice;
  const unit = readUnitSnapshot(row.unitSnapshot);
  // Found by applicantId above: the caller is the applicant.
  const position = toReviewPosition(row);
  const caller = { isApplicant: true };
  const lastReturn = row.flowEvents[0];
  return {
    application: {
      id: row.id,
      status: row.status,
      editable: isEditableAtAll(position, caller),
      editableScopes: editableScopesOf(position, caller),
      notice,
      unit: { name: unit.name, creditCode: unit.creditCode, departmentName: unit.departmentName },
      returned:
        row.status === "RETURNED" && lastReturn?.stage
          ? {
              opinion: lastReturn.opinion ?? "",
              stage: lastReturn.stage,
              at: lastReturn.at,
              modules: lastReturn.returnedModules as EditableScope[],
            }
          : null,
    },
    identity: { name: user.name, idCardNumber: user.idCardNumber, mobile: user.mobile },
    assessmentYears: rules.assessmentYears,
    sections,
    entries,
    completion: formCompletion({ sections, entries }, rules),
  };
}
