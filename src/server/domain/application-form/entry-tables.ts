import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { entryModuleOf, entryModules, REPRESENTATIVE } from "@/lib/application-form/entry-fields";
import type { FieldDefinition } from "@/lib/application-form/field-kinds";
import type { EntryView } from "@/lib/application-form/form.types";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import { modules } from "@/lib/application-form/modules";
import type { Tx } from "@/server/domain/shared/transaction";
import type { UniqueKey } from "@/server/domain/shared/unique-violation";

/** A stored entry row: the module's fields under their own names, plus identity and version. */
export type EntryRow = { id: string; version: number; [column: string]: unknown };

type Where = Record<string, unknown>;

/** The part of a Prisma model delegate the entry procedures use; every entry table offers it. */
export interface EntryDelegate {
  create(args: { data: Record<string, unknown> }): Promise<EntryRow>;
  findUniqueOrThrow(args: { where: { id: string } }): Promise<EntryRow>;
  findMany(args: { where: Where; orderBy?: Where | Where[] }): Promise<EntryRow[]>;
  count(args: { where: Where }): Promise<number>;
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
  mark?: RepresentativeMark;
};

const flagMark = (module: EntryModuleKey, model: string, index: string): RepresentativeMark => ({
  column: "isRepresentative",
  max: modules[module].representative?.max ?? 1,
  titleField: entryModules[module].titleField,
  index: { model, column: "applicationId", index },
});

/** Where each entry module is stored. Column names equal the field names of entry-fields.ts. */
export const entryTables = {
  exceptionalExperts: { delegate: "exceptionalExpert", relation: "exceptionalExperts" },
  education: {
    delegate: "educationEntry",
    relation: "educations",
    mark: {
      column: "evaluationSlot",
      max: modules.education.representative?.max ?? 2,
      titleField: entryModules.education.titleField,
      index: { model: "EducationEntry", column: "evaluationSlot", index: "education_evaluation_slot" },
    },
  },
  workExperience: { delegate: "workExperienceEntry", relation: "workExperiences" },
  papers: {
    delegate: "paperEntry",
    relation: "papers",
    mark: flagMark("papers", "PaperEntry", "paper_one_representative"),
  },
  projects: {
    delegate: "projectEntry",
    relation: "projects",
    mark: flagMark("projects", "ProjectEntry", "project_one_representative"),
  },
  patents: {
    delegate: "patentEntry",
    relation: "patents",
    mark: flagMark("patents", "PatentEntry", "patent_one_representative"),
  },
  workReports: {
    delegate: "workReportEntry",
    relation: "workReports",
    mark: flagMark("workReports", "WorkReportEntry", "work_report_one_representative"),
  },
  honors: {
    delegate: "honorEntry",
    relation: "honors",
    mark: flagMark("honors", "HonorEntry", "honor_one_representative"),
  },
  punishments: { delegate: "punishmentEntry", relation: "punishments" },
} as const satisfies Record<EntryModuleKey, EntryTable>;

/*
 * The compiler holds each module's fields equal to its table's data columns: a column without a
 * field, a field without a column, a column of another type, or NULL allowed where the field is
 * required (or refused where it is optional) fails `tsc` here, naming the module and the column.
 */
type Row<K extends EntryModuleKey> = Prisma.TypeMap["model"][Capitalize<
  (typeof entryTables)[K]["delegate"]
>]["payload"]["scalars"];
/** Columns that are not fields: identity, bookkeeping, and where the 参评 mark or the expert's slot is kept. */
type Bookkeeping =
  | "id"
  | "applicationId"
  | "version"
  | "createdAt"
  | "updatedAt"
  | "isRepresentative"
  | "evaluationSlot"
  | "slot";
type Fields<K extends EntryModuleKey> = (typeof entryModules)[K]["fields"];
type FieldKey<K extends EntryModuleKey> = Exclude<keyof Fields<K>, typeof REPRESENTATIVE>;
type DataColumn<K extends EntryModuleKey> = Exclude<keyof Row<K>, Bookkeeping>;
type Stored<F> = F extends { kind: "date" } ? Date : F extends { kind: "number" } ? number | Prisma.Decimal : string;
type Mismatch<F, C> = [Exclude<C, null>] extends [Stored<F>]
  ? F extends { required: true }
    ? null extends C
      ? "column takes NULL but the field is required"
      : never
    : null extends C
      ? never
      : "column is NOT NULL but the field is optional"
  : "column type does not fit the field's kind";
type Problem<K extends EntryModuleKey, C> =
  C extends FieldKey<K>
    ? C extends DataColumn<K>
      ? Mismatch<Fields<K>[C], Row<K>[C]>
      : "field without a column"
    : "column without a field";
type Problems<K extends EntryModuleKey> = {
  [C in FieldKey<K> | DataColumn<K> as Problem<K, C> extends never ? never : C]: Problem<K, C>;
};
type NoProblems<T extends Record<EntryModuleKey, Record<string, never>>> = T;
export type EntryFieldsMatchColumns = NoProblems<{ [K in EntryModuleKey]: Problems<K> }>;

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

/** The module's fields stored as columns of their own (the 参评 answer is kept as the mark). */
const columnFields = (module: EntryModuleKey): [string, FieldDefinition][] =>
  Object.entries(entryModuleOf(module).fields).filter(([key]) => key !== REPRESENTATIVE);

const toDbDate = (value: string) => new Date(`${value}T00:00:00Z`);

/** Parsed module data as column values; absent optional fields become null so an edit can clear them. */
export function entryColumns(module: EntryModuleKey, data: Record<string, unknown>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [key, field] of columnFields(module)) {
    const value = data[key];
    columns[key] =
      value === undefined || value === "" ? null : field.kind === "date" ? toDbDate(value as string) : value;
  }
  return columns;
}

/** A stored value as the form holds it: dates as YYYY-MM-DD, amounts as numbers, nothing as "". */
function formValue(field: FieldDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (field.kind === "date") return (value as Date).toISOString().slice(0, 10);
  if (field.kind === "number" && Prisma.Decimal.isDecimal(value)) return value.toNumber();
  return value;
}

/** A row as the entry form edits it: the schema's input shape, empty optional fields as "". */
export function toEntryView(module: EntryModuleKey, row: EntryRow): EntryView {
  const mark = markOf(module);
  const data: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(entryModuleOf(module).fields)) {
    data[key] = key === REPRESENTATIVE ? mark !== undefined && isMarked(mark, row) : formValue(field, row[key]);
  }
  return { id: row.id, version: row.version, data };
}

export function isMarked(mark: RepresentativeMark, row: Record<string, unknown>): boolean {
  return mark.column === "isRepresentative" ? row.isRepresentative === true : row.evaluationSlot != null;
}
