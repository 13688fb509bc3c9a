import {
  degrees,
  educationLevels,
  honorLevels,
  patentCategories,
  projectLevels,
  projectRoles,
  punishmentLevels,
  studyModes,
} from "@/lib/dictionaries/application-form";
import { boolean, date, dictionary, type FieldList, number, text } from "./field-kinds";
import { cnNumberField, issnIsbnField, patentNumberField, phoneField } from "./fields";
import { type EntryModuleKey, modules } from "./modules";

/**
 * The repeatable modules' fields, in the form's order, and how their entries are named and shown.
 * A field here is a column of the module's database table of the same name (entry-tables.ts makes
 * the compiler hold them equal), a control of the entry form, and — with `column` — a column of
 * the module's table; 「全部信息」 shows every field. Adding an optional field is a column in
 * prisma/schema.prisma, its migration (npm run db:migration) and one line here.
 */
type EntryModule<F extends FieldList> = {
  fields: F;
  /** The field that names an entry in buttons, confirmations and the 参评 notice. */
  titleField: keyof F & string;
  /** A start and an end date read as one period: one 起止时间 column (no end: 至今), the end not before the start. */
  period?: readonly [keyof F & string, keyof F & string];
  /** How many entries the module takes at most: MAX_ENTRIES unless told (破格: two recommending experts). */
  maxEntries?: number;
};

/** What every entry module offers, whatever its fields. */
export type AnyEntryModule = {
  fields: FieldList;
  titleField: string;
  period?: readonly [string, string];
  maxEntries: number;
};

/**
 * The most entries one module of one application takes. Far above any real CV (the manual's
 * longest lists are a few dozen papers), low enough that a script cannot grow an application, its
 * form page and its review without bound.
 */
export const MAX_ENTRIES = 50;

const entryModule = <F extends FieldList>(definition: EntryModule<F>) => ({ maxEntries: MAX_ENTRIES, ...definition });

/** The key of a module's 参评 question, asked last; stored as the mark (a flag or a slot), not as a column of its own. */
export const REPRESENTATIVE = "representative";

const representative = (module: EntryModuleKey) => boolean(modules[module].representative!.question);

export const entryModules = {
  exceptionalExperts: entryModule({
    fields: {
      name: text("专家姓名", { required: true, max: 50, column: true }),
      title: text("专家职称", { required: true, max: 50, column: true }),
      employer: text("工作单位", { required: true, max: 100, column: true }),
      specialty: text("从事专业", { required: true, max: 50, column: true }),
      phone: text("联系电话", { required: true, max: 13, format: phoneField("联系电话"), column: true }),
      recommendation: text("推荐意见", { required: true, max: 1000, multiline: true }),
    },
    titleField: "name",
    maxEntries: 2,
  }),
  education: entryModule({
    fields: {
      startDate: date("入学时间", { required: true }),
      endDate: date("毕业时间", { required: true }),
      school: text("毕业学校", { required: true, max: 100, column: true }),
      major: text("所学专业", { required: true, max: 100, column: true }),
      educationLevel: dictionary("学历", educationLevels, { required: true, column: true }),
      degree: dictionary("学位", degrees, { column: true }),
      studyMode: dictionary("教育方式", studyModes, { required: true, column: true }),
      representative: representative("education"),
    },
    titleField: "school",
    period: ["startDate", "endDate"],
  }),
  workExperience: entryModule({
    fields: {
      startDate: date("开始时间", { required: true }),
      endDate: date("结束时间", { openEnd: true }),
      employer: text("工作单位", { required: true, max: 100, column: true }),
      post: text("工作岗位", { required: true, max: 50, column: true }),
      duties: text("主要职责", { max: 500, multiline: true }),
    },
    titleField: "employer",
    period: ["startDate", "endDate"],
  }),
  papers: entryModule({
    fields: {
      title: text("论文著作名称", { required: true, max: 200, column: true }),
      publisher: text("期刊/出版社名称", { required: true, max: 100, column: true }),
      publishedOn: date("出版日期", { required: true, column: true }),
      issnIsbn: text("ISSN/ISBN", { max: 30, format: issnIsbnField, column: true, hint: "期刊填ISSN，图书填ISBN" }),
      cnNumber: text("CN刊号", { max: 20, format: cnNumberField, hint: "国内期刊的统一刊号，如 CN 11-2560/TP" }),
      authorRank: number("作者排名", { required: true, min: 1, max: 50, column: true }),
      representative: representative("papers"),
    },
    titleField: "title",
  }),
  projects: entryModule({
    fields: {
      name: text("科研项目名称", { required: true, max: 200, column: true }),
      level: dictionary("项目来源/级别", projectLevels, { required: true, column: true }),
      funding: number("项目经费", { min: 0, max: 1_000_000, decimals: 2, unit: "万元", column: true }),
      role: dictionary("本人角色", projectRoles, { required: true, column: true }),
      startDate: date("开始时间", { required: true }),
      endDate: date("结束时间", { openEnd: true }),
      representative: representative("projects"),
    },
    titleField: "name",
    period: ["startDate", "endDate"],
  }),
  patents: entryModule({
    fields: {
      category: dictionary("专利类别", patentCategories, { required: true, column: true }),
      name: text("专利名称", { required: true, max: 200, column: true }),
      patentNumber: text("专利号", {
        required: true,
        max: 50,
        format: patentNumberField,
        column: true,
        hint: "如 ZL202010566088.9",
      }),
      grantedOn: date("授权日期", { required: true, column: true }),
      rank: number("本人排名", { required: true, min: 1, max: 50, column: true }),
      representative: representative("patents"),
    },
    titleField: "name",
  }),
  workReports: entryModule({
    fields: {
      reportedOn: date("工作报告日期", { required: true, column: true }),
      title: text("工作报告题目", { required: true, max: 200, column: true }),
      summary: text("内容摘要", { required: true, max: 1000, multiline: true }),
      representative: representative("workReports"),
    },
    titleField: "title",
  }),
  honors: entryModule({
    fields: {
      name: text("荣誉奖励名称", { required: true, max: 200, column: true }),
      level: dictionary("荣誉级别", honorLevels, { required: true, column: true }),
      grantor: text("授予单位", { required: true, max: 100, column: true }),
      grantedOn: date("授予日期", { required: true, column: true }),
      rank: number("本人排名", { min: 1, max: 50, column: true }),
      representative: representative("honors"),
    },
    titleField: "name",
  }),
  punishments: entryModule({
    fields: {
      level: dictionary("处分级别", punishmentLevels, { required: true, column: true }),
      name: text("处分名称", { required: true, max: 100, column: true }),
      punishedOn: date("处分日期", { required: true, column: true }),
      issuer: text("处分单位", { required: true, max: 100, column: true }),
    },
    titleField: "name",
  }),
} satisfies Record<EntryModuleKey, AnyEntryModule>;

/** Why 添加 is refused once a module holds its maximum (the server's refusal and the disabled button's reason). */
export function moduleFullMessage(module: EntryModuleKey): string {
  return `${modules[module].label}最多添加${entryModules[module].maxEntries}条，请删除不需要的条目后再添加`;
}

/** A module's definition, seen without its own field names. */
export const entryModuleOf = (module: EntryModuleKey): AnyEntryModule => entryModules[module];

/** A table column: one field, or a module's period as one 起止时间 cell. */
export type TableColumn = { key: string } | { period: readonly [string, string] };

/**
 * The columns of a module's table: its `column` fields in the form's order, the period in its
 * start's place. The entry's name leads, except where the form opens with the period — 教育经历
 * and 工作经历 read like a CV, dates first.
 */
export function tableColumns(module: EntryModuleKey): TableColumn[] {
  const { fields, titleField, period } = entryModuleOf(module);
  const columns: TableColumn[] = [];
  for (const [key, field] of Object.entries(fields)) {
    if (period && key === period[0]) columns.push({ period });
    else if (field.column) columns.push({ key });
  }
  const title = columns.findIndex((c) => "key" in c && c.key === titleField);
  if (title > 0 && !("period" in columns[0])) columns.unshift(...columns.splice(title, 1));
  return columns;
}
