import "server-only";
import type { ApplicationContent, ContentEntry } from "@/lib/application/content.types";
import { entryModuleOf, REPRESENTATIVE, type TableColumn, tableColumns } from "@/lib/application-form/entry-fields";
import { type FieldDefinition, shownLabel } from "@/lib/application-form/field-kinds";
import type { EntryModuleKey } from "@/lib/application-form/modules";
import { basicInfoFields } from "@/lib/application-form/section-fields";
import { labelOf } from "@/lib/dictionaries";
import type { Cell } from "../document.types";
import { businessFormText as T } from "./labels";

/** A saved value as people read it: dictionary labels, 是/否, and a dash for nothing. */
export function shown(field: FieldDefinition, value: unknown): string {
  if (field.kind === "boolean") return value === true ? T.yes : T.no;
  if (value === undefined || value === null || value === "") return T.empty;
  if (field.kind === "dictionary") return labelOf(field.items, String(value));
  return String(value);
}

/** A name in the label column that is not a field's (工作单位, 申报系列 …). */
export const fixedLabel = (text: string): Cell => ({ text, style: "label" });

/** A field's name, as the form calls it. */
export const label = (field: FieldDefinition, span = 1): Cell => ({ text: shownLabel(field), style: "label", span });

/** A field's value, named by the field's label should it hold a character the font lacks. */
export const value = (field: FieldDefinition, raw: unknown, span = 1): Cell => ({
  text: shown(field, raw),
  source: field.label,
  span,
});

type BasicInfoKey = keyof typeof basicInfoFields;

/** 基本信息 as saved; empty until the applicant saves it. */
export function basicInfoOf(content: ApplicationContent): Partial<Record<BasicInfoKey, unknown>> {
  return (content.sections.basicInfo ?? {}) as Partial<Record<BasicInfoKey, unknown>>;
}

/** A 基本信息 field as a label cell and a value cell. */
export function basicPair(content: ApplicationContent, key: BasicInfoKey, valueSpan = 1): Cell[] {
  const field = basicInfoFields[key];
  return [label(field), value(field, basicInfoOf(content)[key], valueSpan)];
}

/** The applicant's name as the form holds it (the sign-in identity's until 基本信息 is saved). */
export function applicantName(content: ApplicationContent): string {
  const name = basicInfoOf(content).name;
  return typeof name === "string" && name ? name : content.applicant.name;
}

/** The entries a module marks as 参评/代表性, in the order they were added. */
export function representativeEntries(content: ApplicationContent, module: EntryModuleKey): ContentEntry[] {
  return content.entries[module].filter((e) => e.data[REPRESENTATIVE] === true);
}

/** A start and an optional end date as one text: 「2010-09-01 至 2014-06-30」, or 「2014-07-01 至今」. */
export function periodText(
  module: EntryModuleKey,
  [start, end]: readonly [string, string],
  data: ContentEntry["data"],
) {
  const { fields } = entryModuleOf(module);
  const to = data[end];
  return `${shown(fields[start], data[start])} ${to ? `至 ${shown(fields[end], to)}` : T.untilNow}`;
}

/** A table column's name: the field's label, or 起止时间 for a period. */
export function columnLabel(module: EntryModuleKey, column: TableColumn): string {
  return "period" in column ? T.period : shownLabel(entryModuleOf(module).fields[column.key]);
}

/** A table column's text for one entry. */
export function columnText(module: EntryModuleKey, column: TableColumn, data: ContentEntry["data"]): string {
  if ("period" in column) return periodText(module, column.period, data);
  return shown(entryModuleOf(module).fields[column.key], data[column.key]);
}

/** What the missing-character message calls a column's text. */
export function columnSource(module: EntryModuleKey, column: TableColumn): string {
  const { fields } = entryModuleOf(module);
  return "period" in column
    ? `${fields[column.period[0]].label}/${fields[column.period[1]].label}`
    : fields[column.key].label;
}

/**
 * How wide a column is against the others: periods and long names get room, dates, choices and
 * numbers what their values need.
 */
export function columnWeight(module: EntryModuleKey, column: TableColumn): number {
  if ("period" in column) return 2.1;
  const field = entryModuleOf(module).fields[column.key];
  if (field.kind === "date") return 1.15;
  if (field.kind === "number" || field.kind === "boolean") return 0.8;
  if (field.kind === "dictionary") return 1.1;
  return field.max >= 200 ? 3 : field.max >= 100 ? 2.1 : 1.3;
}

/** One entry as the cells of its module's table. */
export function entryCells(module: EntryModuleKey, columns: TableColumn[], entry: ContentEntry): Cell[] {
  return columns.map((column) => ({
    text: columnText(module, column, entry.data),
    source: columnSource(module, column),
    align: "period" in column || !isFreeText(module, column) ? "center" : "left",
  }));
}

function isFreeText(module: EntryModuleKey, column: TableColumn): boolean {
  return "key" in column && entryModuleOf(module).fields[column.key].kind === "text";
}

/**
 * An entry summed up in one line: its name, then each other column as 「label：value」, the empty
 * ones left out (the 公示表's 主要业绩成果).
 */
export function entryLine(module: EntryModuleKey, entry: ContentEntry): string {
  const { titleField } = entryModuleOf(module);
  const details = tableColumns(module)
    .filter((c) => !("key" in c && c.key === titleField))
    .map((c) => [columnLabel(module, c), columnText(module, c, entry.data)] as const)
    .filter(([, text]) => text !== T.empty)
    .map(([name, text]) => T.detail(name, text));
  const title = shown(entryModuleOf(module).fields[titleField], entry.data[titleField]);
  return details.length > 0 ? `${title}（${details.join("；")}）` : title;
}
