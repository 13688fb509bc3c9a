import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import { modules } from "@/lib/application-form/modules";
import { entrySchemas } from "@/lib/application-form/schemas";
import type { Tx } from "@/server/domain/shared/transaction";
import type { UniqueKey } from "@/server/domain/shared/unique-violation";
import type { EntryView } from "./contract";

/** A stored entry row: the module's fields under their schema names, plus identity and version. */
export type EntryRow = { id: string; version: number; [column: string]: unknown };

type Where = Record<string, unknown>;

/** The part of a Prisma model delegate the entry procedures use; every entry table offers it. */
export interface EntryDelegate {
  create(args: { data: Record<string, unknown> }): Promise<EntryRow>;
  findUniqueOrThrow(args: { where: { id: string } }): Promise<EntryRow>;
  findMany(args: { where: Where; orderBy?: Where | Where[] }): Promise<EntryRow[]>;
  updateMany(args: { where: Where; data: Record<string, unknown> }): Promise<{ count: number }>;
  deleteMany(args: { where: Where }): Promise<{ count: number }>;
}

/** How the 参评 mark is stored: a flag (one per application) or 参评学历 slot 1|2. */
export type RepresentativeMark = {
  column: "isRepresentative" | "evaluationSlot";
  max: number;
  titleField: string;
  index: UniqueKey;
};

export type EntryTable = {
  delegate: "exceptionalExpert" | `${string}Entry`;
  /** Relation name on Application. */
  relation: string;
  /** Fields kept in @db.Date columns; the form sends and receives them as YYYY-MM-DD. */
  dates: readonly string[];
  mark?: RepresentativeMark;
};

const flagMark = (module: EntryModuleKey, model: string, index: string, titleField: string): RepresentativeMark => ({
  column: "isRepresentative",
  max: modules[module].representative?.max ?? 1,
  titleField,
  index: { model, column: "applicationId", index },
});

/** Where each entry module is stored. Column names equal the schema's field names. */
export const entryTables = {
  exceptionalExperts: { delegate: "exceptionalExpert", relation: "exceptionalExperts", dates: [] },
  education: {
    delegate: "educationEntry",
    relation: "educations",
    dates: ["startDate", "endDate"],
    mark: {
      column: "evaluationSlot",
      max: modules.education.representative?.max ?? 2,
      titleField: "school",
      index: { model: "EducationEntry", column: "evaluationSlot", index: "education_evaluation_slot" },
    },
  },
  workExperience: { delegate: "workExperienceEntry", relation: "workExperiences", dates: ["startDate", "endDate"] },
  papers: {
    delegate: "paperEntry",
    relation: "papers",
    dates: ["publishedOn"],
    mark: flagMark("papers", "PaperEntry", "paper_one_representative", "title"),
  },
  projects: {
    delegate: "projectEntry",
    relation: "projects",
    dates: ["startDate", "endDate"],
    mark: flagMark("projects", "ProjectEntry", "project_one_representative", "name"),
  },
  patents: {
    delegate: "patentEntry",
    relation: "patents",
    dates: ["grantedOn"],
    mark: flagMark("patents", "PatentEntry", "patent_one_representative", "name"),
  },
  workReports: {
    delegate: "workReportEntry",
    relation: "workReports",
    dates: ["reportedOn"],
    mark: flagMark("workReports", "WorkReportEntry", "work_report_one_representative", "title"),
  },
  honors: {
    delegate: "honorEntry",
    relation: "honors",
    dates: ["grantedOn"],
    mark: flagMark("honors", "HonorEntry", "honor_one_representative", "name"),
  },
  punishments: { delegate: "punishmentEntry", relation: "punishments", dates: ["punishedOn"] },
} as const satisfies Record<EntryModuleKey, EntryTable>;

/** 破格推荐专家 occupy slot 1 or 2, unique per application. */
export const expertSlotIndex: UniqueKey = {
  model: "ExceptionalExpert",
  column: "slot",
  index: "exceptional_expert_slot",
};

export function entryDelegate(tx: Tx, module: EntryModuleKey): EntryDelegate {
  // The delegates differ only in their column types, which entryColumns() produces per module.
  return tx[entryTables[module].delegate] as unknown as EntryDelegate;
}

export function markOf(module: EntryModuleKey): RepresentativeMark | undefined {
  return (entryTables[module] as EntryTable).mark;
}

const fieldsOf = (module: EntryModuleKey) => Object.keys(entrySchemas[module].shape);

const toDbDate = (value: string) => new Date(`${value}T00:00:00Z`);

/** Parsed module data as column values; absent optional fields become null so an edit can clear them. */
export function entryColumns(module: EntryModuleKey, data: Record<string, unknown>): Record<string, unknown> {
  const dates: readonly string[] = entryTables[module].dates;
  const columns: Record<string, unknown> = {};
  for (const field of fieldsOf(module)) {
    if (field === "representative") continue;
    const value = data[field];
    columns[field] =
      value === undefined || value === "" ? null : dates.includes(field) ? toDbDate(value as string) : value;
  }
  return columns;
}

function formValue(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Prisma.Decimal.isDecimal(value)) return value.toNumber();
  return value;
}

/** A row as the entry form edits it: the schema's input shape, empty optional fields as "". */
export function toEntryView(module: EntryModuleKey, row: EntryRow): EntryView {
  const mark = markOf(module);
  const data: Record<string, unknown> = {};
  for (const field of fieldsOf(module)) {
    data[field] = field === "representative" ? mark !== undefined && isMarked(mark, row) : formValue(row[field]);
  }
  return { id: row.id, version: row.version, data };
}

export function isMarked(mark: RepresentativeMark, row: Record<string, unknown>): boolean {
  return mark.column === "isRepresentative" ? row.isRepresentative === true : row.evaluationSlot != null;
}
