import { z } from "zod";
import type { DictionaryItem } from "@/lib/dictionaries";
import {
  decimalInRange,
  dictionaryCode,
  integerInRange,
  optionalDictionaryCode,
  optionalPastDate,
  optionalText,
  pastDate,
  requiredText,
} from "./fields";

/**
 * The kinds of field the application form asks, and the builders every module's field list is
 * written with. A definition says once what there is to say about a field — label, kind,
 * dictionary, required, limits, whether the module's table shows it — and its zod schema is
 * derived from that, so the form, the procedures, the tables and 「全部信息」 cannot disagree.
 */
type Common<R extends boolean> = {
  /** What the form, the table and 「全部信息」 call the field, and what its messages name. */
  label: string;
  /** Required fields carry the red asterisk, and their schema refuses them empty. */
  required: R;
  /** Shown as a column of the module's table (repeatable modules). */
  column: boolean;
  /** A line under the control. */
  hint?: string;
};

/**
 * What every builder takes. A builder's result type is wrapped in NoInfer so that `required: true`
 * alone decides R: inferred from a field list's expected type it would widen to boolean, and the
 * field's schema would lose its required type (the fixtures and entry-tables' check rely on it).
 */
type Options<R extends boolean> = { required?: R; column?: boolean; hint?: string };

const common = <R extends boolean>(label: string, options: Options<R>): Common<R> => ({
  label,
  required: (options.required ?? false) as R,
  column: options.column ?? false,
  hint: options.hint,
});

export type TextField<R extends boolean = boolean> = Common<R> & {
  kind: "text";
  /** Character limit, enforced by the schema and shown as the input's maxlength (or a live count). */
  max: number;
  /** A text area with a live character count, across the form's width. */
  multiline: boolean;
  autoComplete?: string;
  inputMode?: "numeric";
  schema: R extends true ? z.ZodString : ReturnType<typeof optionalText>;
};

type TextOptions<R extends boolean> = Options<R> & {
  max: number;
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: "numeric";
  /**
   * A text with a format of its own (身份证号, 手机号, ISSN/ISBN, 专利号), checked by this schema
   * instead; an optional one is checked only when filled in.
   */
  format?: z.ZodString;
};

export function text<R extends boolean = false>(label: string, options: TextOptions<R>): NoInfer<TextField<R>> {
  const { max, multiline = false, autoComplete, inputMode, format } = options;
  const schema = options.required
    ? (format ?? requiredText(label, max))
    : format
      ? optionalText(label, max).pipe(format.optional())
      : optionalText(label, max);
  return { ...common(label, options), kind: "text", max, multiline, autoComplete, inputMode, schema } as TextField<R>;
}

export type DateField<R extends boolean = boolean> = Common<R> & {
  kind: "date";
  /** A past-or-today date, as YYYY-MM-DD. */
  schema: R extends true ? ReturnType<typeof pastDate> : ReturnType<typeof optionalPastDate>;
};

/** The hint of an optional end date: left empty, the period runs until now (至今). */
const OPEN_END_HINT = "空表示至今";

export function date<R extends boolean = false>(
  label: string,
  options: Options<R> & {
    /** An end date that may stay empty while the period lasts. */
    openEnd?: boolean;
  } = {},
): NoInfer<DateField<R>> {
  const schema = options.required ? pastDate(label) : optionalPastDate(label);
  const hint = options.hint ?? (options.openEnd ? OPEN_END_HINT : undefined);
  return { ...common(label, { ...options, hint }), kind: "date", schema } as DateField<R>;
}

/** Amounts are kept to `decimals` places (a whole number stays as it is). */
const rounded = (decimals: number) => (v: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

const requiredNumber = (label: string, min: number, max: number, decimals: number, unit?: string) =>
  decimals === 0 ? integerInRange(label, min, max) : decimalInRange(label, min, max, unit).transform(rounded(decimals));

// Rounded after the union: a pipe inside it would hide the range message behind "invalid input".
const optionalNumber = (label: string, min: number, max: number, decimals: number, unit?: string) =>
  z
    .union([z.literal(""), decimals === 0 ? integerInRange(label, min, max) : decimalInRange(label, min, max, unit)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? undefined : rounded(decimals)(v)));

export type NumberField<R extends boolean = boolean> = Common<R> & {
  kind: "number";
  min: number;
  max: number;
  /** 0 for whole numbers; amounts are rounded to this many places. */
  decimals: number;
  /** Shown after the label, 「项目经费（万元）」; messages name the bare label. */
  unit?: string;
  schema: R extends true ? ReturnType<typeof requiredNumber> : ReturnType<typeof optionalNumber>;
};

export function number<R extends boolean = false>(
  label: string,
  options: Options<R> & { min: number; max: number; decimals?: number; unit?: string },
): NoInfer<NumberField<R>> {
  const { min, max, decimals = 0, unit } = options;
  const schema = (options.required ? requiredNumber : optionalNumber)(label, min, max, decimals, unit);
  return { ...common(label, options), kind: "number", min, max, decimals, unit, schema } as NumberField<R>;
}

export type DictionaryField<R extends boolean = boolean> = Common<R> & {
  kind: "dictionary";
  items: readonly DictionaryItem[];
  /** How the choice is offered: a searchable combo box (the default), a drop-down, or radio buttons. */
  control: "combobox" | "select" | "radio";
  schema: R extends true ? ReturnType<typeof dictionaryCode> : ReturnType<typeof optionalDictionaryCode>;
};

export function dictionary<R extends boolean = false>(
  label: string,
  items: readonly DictionaryItem[],
  options: Options<R> & { control?: DictionaryField["control"] } = {},
): NoInfer<DictionaryField<R>> {
  const schema = options.required ? dictionaryCode(label, items) : optionalDictionaryCode(label, items);
  const control = options.control ?? "combobox";
  return { ...common(label, options), kind: "dictionary", items, control, schema } as DictionaryField<R>;
}

const booleanSchema = () => z.boolean().default(false);

/** A 是/否 question, 否 unless answered (the 参评 question of a repeatable module). */
export type BooleanField = Common<false> & { kind: "boolean"; schema: ReturnType<typeof booleanSchema> };

export function boolean(label: string): BooleanField {
  return { ...common(label, {}), kind: "boolean", schema: booleanSchema() };
}

export type FieldDefinition = TextField | DateField | NumberField | DictionaryField | BooleanField;

/** A module's field list: key order is the form's order. */
export type FieldList = Record<string, FieldDefinition>;

type Shape<F extends FieldList> = { -readonly [K in keyof F]: F[K]["schema"] };

/** The module's zod object, one schema per field, before any cross-field rule. */
export function objectSchema<F extends FieldList>(fields: F) {
  const shape = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.schema]));
  return z.object(shape as Shape<F>);
}

/** The label as headers and controls show it: with the unit, 「项目经费（万元）」. */
export function shownLabel(field: FieldDefinition): string {
  return field.kind === "number" && field.unit ? `${field.label}（${field.unit}）` : field.label;
}
