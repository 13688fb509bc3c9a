import "server-only";
import type { ApplicationContent, ContentEntry } from "@/lib/application/content.types";
import { entryModuleOf, type TableColumn, tableColumns } from "@/lib/application-form/entry-fields";
import { type EntryModuleKey, modules, type TextModuleKey } from "@/lib/application-form/modules";
import { annualAssessmentFields, basicInfoFields, isExceptional } from "@/lib/application-form/section-fields";
import { TWO_EXPERTS } from "@/lib/dictionaries/application-form";
import type { Cell, Row, Section } from "../document.types";
import { TABLE_WIDTH } from "../render-pdf";
import { businessFormText as T } from "./labels";
import { basicInfoOf, columnLabel, columnWeight, entryCells, shown } from "./values";

/** What a form is made with besides the content. */
export type FormOptions = { draft: boolean; generatedAt: Date };

/** The label column shared by the sections of both forms, so their left edges line up. */
export const LABEL_WIDTH = 74;

/** Column widths of a section that opens with the label column: `rest` share what is left in proportion. */
export function labelledGrid(...rest: number[]): number[] {
  const total = rest.reduce((a, b) => a + b, 0);
  return [LABEL_WIDTH, ...rest.map((w) => (w / total) * (TABLE_WIDTH - LABEL_WIDTH))];
}

/** A section of label–value rows: the label column, and the value across the rest. */
export const labelledColumns = labelledGrid(1);

const heading = (text: string, span: number): Cell => ({ text, style: "heading", span });

type EntryTable = {
  heading: string;
  entries: ContentEntry[];
  /** The module's table columns by default (tableColumns); a form may add or leave some out. */
  columns?: TableColumn[];
  /** Long texts of an entry, each in a row of its own under the entry's: 「内容摘要：……」. */
  details?: string[];
};

/**
 * A repeatable module as a table: a heading, the column names (both repeated on every page the
 * table continues on), a row per entry, and 无 when there is none.
 */
export function entryTable(module: EntryModuleKey, table: EntryTable): Section {
  const columns = table.columns ?? tableColumns(module);
  const { fields } = entryModuleOf(module);
  const detailRows = (entry: ContentEntry): Row[] =>
    (table.details ?? []).map((key) => [
      {
        text: T.detail(fields[key].label, shown(fields[key], entry.data[key])),
        style: "text",
        source: fields[key].label,
        span: columns.length,
      },
    ]);
  return {
    columns: columns.map((c) => columnWeight(module, c)),
    head: [
      [heading(table.heading, columns.length)],
      columns.map((c): Cell => ({ text: columnLabel(module, c), style: "columnHeader" })),
    ],
    rows:
      table.entries.length > 0
        ? table.entries.flatMap((entry) => [entryCells(module, columns, entry), ...detailRows(entry)])
        : [[{ text: T.none, span: columns.length, align: "center" }]],
  };
}

/** 年度考核: the label, then each of the five years with its result. */
export function assessmentSection(content: ApplicationContent): Section {
  const years = content.assessmentYears;
  const fields = annualAssessmentFields(years);
  const results = (content.sections.annualAssessment?.results ?? {}) as Record<string, unknown>;
  return {
    columns: labelledGrid(...years.map(() => 1)),
    rows: [
      [
        { text: modules.annualAssessment.label, style: "label" },
        ...years.map(
          (year): Cell => ({
            text: `${T.assessmentYear(year)}\n${shown(fields[year], results[year])}`,
            source: fields[year].label,
            align: "center",
          }),
        ),
      ],
    ],
  };
}

/** 年度考核 in one line: 「2021年度：合格　2022年度：优秀 …」. */
export function assessmentLine(content: ApplicationContent): string {
  const fields = annualAssessmentFields(content.assessmentYears);
  const results = (content.sections.annualAssessment?.results ?? {}) as Record<string, unknown>;
  return content.assessmentYears
    .map((year) => T.detail(T.assessmentYear(year), shown(fields[year], results[year])))
    .join("　");
}

/** 近5年继续教育学时 as 「120 学时」, or the dash. */
export function hoursText(content: ApplicationContent): string {
  const hours = content.sections.continuingEducation?.hours;
  return hours === undefined || hours === null ? T.empty : T.hours(hours);
}

/** A short-text module's saved text, or the dash. */
export function moduleText(content: ApplicationContent, module: TextModuleKey): string {
  const text = content.sections[module]?.text;
  return typeof text === "string" && text.trim() ? text : T.empty;
}

/** Label–value rows of long texts, under a heading. */
export function textSection(title: string, rows: { label: string; text: string; source: string }[]): Section {
  return {
    columns: labelledColumns,
    head: [[heading(title, 2)]],
    rows: rows.map(({ label, text, source }) => [
      { text: label, style: "label" },
      { text, style: "text", source },
    ]),
  };
}

/** 两名专家推荐破格: the category that needs the two recommending experts. */
export function hasRecommendingExperts(content: ApplicationContent): boolean {
  const basic = basicInfoOf(content);
  return isExceptional(basic) && basic.exceptionalCategory === TWO_EXPERTS;
}

/** 申报类别 as one text: 「正常申报」, or 「破格（两名专家推荐破格）」. */
export function categoryText(content: ApplicationContent): string {
  const basic = basicInfoOf(content);
  const category = shown(basicInfoFields.category, basic.category);
  if (!isExceptional(basic) || !basic.exceptionalCategory) return category;
  return T.exceptionalCategoryText(category, shown(basicInfoFields.exceptionalCategory, basic.exceptionalCategory));
}
