import { z } from "zod";
import { type EntryModuleKey, modules } from "@/lib/application-form/modules";
import { entrySchemas } from "@/lib/application-form/schemas";
import { displayValue } from "../field-labels";
import { type EntryField, entryFormFields, entryModuleConfigs } from "./entry-fields";
import { entryLabels as L } from "./labels";

/** An entry form's values: strings as typed (numbers too), and the 参评 flag as a boolean. */
export type EntryFormValues = Record<string, unknown>;

export const REPRESENTATIVE = "representative";

/** The module's one schema, seen through the generic form's value type. */
export function entrySchema(module: EntryModuleKey): z.ZodType<EntryFormValues, EntryFormValues> {
  return entrySchemas[module];
}

function fieldSchema(module: EntryModuleKey, name: string): z.ZodType {
  return (entrySchemas[module].shape as Record<string, z.ZodType>)[name];
}

/** A field is required when its schema refuses an empty input, so the asterisk follows the rule. */
export function isRequiredField(module: EntryModuleKey, name: string): boolean {
  return !fieldSchema(module, name).safeParse("").success;
}

/** The schema's character limit of a text field, for the live count. */
export function maxLengthOf(module: EntryModuleKey, name: string): number | null {
  let schema: z.ZodType = fieldSchema(module, name);
  for (;;) {
    if (schema instanceof z.ZodPipe) schema = schema.in as z.ZodType;
    else if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    else return schema instanceof z.ZodString ? schema.maxLength : null;
  }
}

/** The form's starting values: a saved entry's data, or empty fields for a new one. */
export function toFormValues(module: EntryModuleKey, data?: Record<string, unknown>): EntryFormValues {
  const values: EntryFormValues = {};
  for (const field of entryFormFields(module)) {
    const value = data?.[field.key];
    values[field.key] = value === null || value === undefined ? "" : String(value);
  }
  if (modules[module].representative) values[REPRESENTATIVE] = data?.[REPRESENTATIVE] === true;
  return values;
}

/** A start and an optional end date as one cell: 「2010-09-01 至 2014-06-30」, or 「2014-07-01 至今」. */
export function periodText(start: EntryField, end: EntryField, data: Record<string, unknown>): string {
  const to = data[end.key];
  return `${displayValue(start, data[start.key])} ${to ? `至 ${displayValue(end, to)}` : L.untilNow}`;
}

/** The name an entry goes by in buttons and notices (its title field). */
export function entryName(module: EntryModuleKey, data: Record<string, unknown>): string {
  const value = data[entryModuleConfigs[module].titleField];
  return typeof value === "string" && value ? value : modules[module].label;
}
