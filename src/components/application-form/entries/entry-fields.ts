import type { EntryModuleKey } from "@/lib/application-form/modules";
import { type DisplayField, entryFields } from "../field-labels";

/**
 * How each repeatable module's entry form and table look. Labels and dictionaries come from
 * field-labels (shared with 「全部信息」); validation — required, lengths, ranges, date order —
 * from the module's schema (entry-schema.ts). Here only what the form itself needs: the input
 * for fields that are not a plain text box, hints, the table's columns, the entry's name.
 */
type InputSpec = {
  kind: "date" | "number";
  /** For number inputs: the browser's spinner step and lower bound. */
  step?: number;
  min?: number;
  hint?: string;
};

/** A field of an entry form: text unless a dictionary (`items`), long (`long`) or listed in `inputs`. */
export type EntryField = DisplayField & { kind: "text" | "textarea" | "dictionary" | InputSpec["kind"] } & Omit<
    InputSpec,
    "kind"
  >;

/** A table column: one field key, or a [start, end] pair shown as 起止时间 (no end: 至今). */
export type EntryColumn = string | readonly [string, string];

export type EntryModuleConfig = {
  inputs: Partial<Record<string, InputSpec>>;
  /** The field that names an entry in buttons, confirmations and the 参评 notice. */
  titleField: string;
  columns: EntryColumn[];
  /** How many entries the module takes at most (破格: exactly two recommending experts). */
  maxEntries?: number;
};

const date: InputSpec = { kind: "date" };
const openEnd: InputSpec = { kind: "date", hint: "空表示至今" };
const rank: InputSpec = { kind: "number", step: 1, min: 1 };

export const entryModuleConfigs: Record<EntryModuleKey, EntryModuleConfig> = {
  exceptionalExperts: {
    inputs: {},
    titleField: "name",
    columns: ["name", "title", "employer", "specialty", "phone"],
    maxEntries: 2,
  },
  education: {
    inputs: { startDate: date, endDate: date },
    titleField: "school",
    columns: [["startDate", "endDate"], "school", "major", "educationLevel", "degree", "studyMode"],
  },
  workExperience: {
    inputs: { startDate: date, endDate: openEnd },
    titleField: "employer",
    columns: [["startDate", "endDate"], "employer", "post"],
  },
  papers: {
    inputs: { publishedOn: date, authorRank: rank },
    titleField: "title",
    columns: ["title", "publisher", "publishedOn", "issnIsbn", "authorRank"],
  },
  projects: {
    inputs: { funding: { kind: "number", step: 0.01, min: 0 }, startDate: date, endDate: openEnd },
    titleField: "name",
    columns: ["name", "level", "funding", "role", ["startDate", "endDate"]],
  },
  patents: {
    inputs: { grantedOn: date, rank },
    titleField: "name",
    columns: ["name", "category", "patentNumber", "grantedOn", "rank"],
  },
  workReports: { inputs: { reportedOn: date }, titleField: "title", columns: ["title", "reportedOn"] },
  honors: {
    inputs: { grantedOn: date, rank },
    titleField: "name",
    columns: ["name", "level", "grantor", "grantedOn", "rank"],
  },
  punishments: { inputs: { punishedOn: date }, titleField: "name", columns: ["name", "level", "punishedOn", "issuer"] },
};

/** The entry form's fields in order, without the 参评 question (asked by RepresentativeQuestion). */
export function entryFormFields(module: EntryModuleKey): EntryField[] {
  const { inputs } = entryModuleConfigs[module];
  return entryFields[module]
    .filter((f) => !f.yesNo)
    .map((f) => {
      const input = inputs[f.key];
      return { ...f, ...input, kind: input?.kind ?? (f.items ? "dictionary" : f.long ? "textarea" : "text") };
    });
}
