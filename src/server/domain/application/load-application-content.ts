import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ApplicationContent, ContentEntry } from "@/lib/application/content.types";
import { type SectionModuleKey, sectionModuleKeys } from "@/lib/application-form/form.types";
import { type EntryModuleKey, entryModuleKeys } from "@/lib/application-form/modules";
import type { Tx } from "@/server/domain/shared/transaction";
import { type EntryRow, entryTables, toEntryView } from "../application-form/entry-tables";
import { formRulesOf } from "../application-form/form-rules";
import { readUnitSnapshot } from "./unit-snapshot";

const inOrder = { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] };

/** Everything ApplicationContent is made of, read in one statement (relation joins). */
const contentSelect = {
  id: true,
  status: true,
  unitSnapshot: true,
  applicant: { select: { id: true, name: true, idCardNumber: true, mobile: true } },
  notice: {
    select: {
      id: true,
      title: true,
      series: true,
      levels: true,
      startsAt: true,
      endsAt: true,
      committee: { select: { name: true } },
    },
  },
  sections: { select: { module: true, data: true } },
  attachments: {
    select: {
      id: true,
      slot: true,
      entryId: true,
      originalName: true,
      mimeType: true,
      size: true,
      sha256: true,
      createdAt: true,
    },
    ...inOrder,
  },
  exceptionalExperts: inOrder,
  educations: inOrder,
  workExperiences: inOrder,
  papers: inOrder,
  projects: inOrder,
  patents: inOrder,
  workReports: inOrder,
  honors: inOrder,
  punishments: inOrder,
} satisfies Prisma.ApplicationSelect;

type ContentRow = Prisma.ApplicationGetPayload<{ select: typeof contentSelect }>;

/**
 * The content of the one application `where` finds, or null. `where` carries the caller's access
 * rule (the applicant's own, or readableApplicationsWhere), so nothing is read that the caller may
 * not read. One round trip whatever the number of entries and files. Takes the client or a
 * transaction (提交 reads it under the application's lock).
 */
export async function loadApplicationContent(
  db: Pick<Tx, "application">,
  where: Prisma.ApplicationWhereInput,
): Promise<ApplicationContent | null> {
  const row = await db.application.findFirst({ relationLoadStrategy: "join", where, select: contentSelect });
  return row ? toApplicationContent(row) : null;
}

function toApplicationContent(row: ContentRow): ApplicationContent {
  const sections = Object.fromEntries(sectionModuleKeys.map((k) => [k, null])) as ApplicationContent["sections"];
  for (const s of row.sections) {
    if ((sectionModuleKeys as readonly string[]).includes(s.module)) {
      sections[s.module as SectionModuleKey] = s.data as Record<string, unknown>;
    }
  }
  const relations = row as unknown as Record<string, EntryRow[]>;
  const entries = Object.fromEntries(
    entryModuleKeys.map((k) => [
      k,
      relations[entryTables[k].relation].map((r): ContentEntry => ({ id: r.id, data: toEntryView(k, r).data })),
    ]),
  ) as Record<EntryModuleKey, ContentEntry[]>;
  const { notice } = row;
  const unit = readUnitSnapshot(row.unitSnapshot);
  return {
    application: {
      id: row.id,
      status: row.status,
      notice: {
        id: notice.id,
        title: notice.title,
        series: notice.series,
        levels: notice.levels,
        startsAt: notice.startsAt.toISOString(),
        endsAt: notice.endsAt.toISOString(),
        committeeName: notice.committee.name,
      },
      unit,
    },
    applicant: row.applicant,
    assessmentYears: formRulesOf(notice, row.applicant).assessmentYears,
    sections,
    entries,
    attachments: row.attachments.map((a) => ({
      id: a.id,
      slot: a.slot,
      entryId: a.entryId,
      name: a.originalName,
      mimeType: a.mimeType,
      size: a.size,
      sha256: a.sha256,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}
