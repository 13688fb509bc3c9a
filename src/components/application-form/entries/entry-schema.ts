import type { z } from "zod";
import { entryModuleOf } from "@/lib/application-form/entry-fields";
import type { FieldDefinition } from "@/lib/application-form/field-kinds";
import { type EntryModuleKey, modules } from "@/lib/application-form/modules";
import { entrySchemas } from "@/lib/application-form/schemas";
import { displayValue } from "../field-values";
import { entryLabels as L } from "./labels";

/** An entry form's values: strings as typed (numbers too), and the 参评 flag as a boolean. */
export type EntryFormValues = Record<string, unknown>;

/** The module's one schema, seen through the generic form's value type. */
export function entrySchema(module: EntryModuleKey): z.ZodType<EntryFormValues, EntryFormValues> {
  return entrySchemas[module];
}

/** The module's fields in the form's order, keyed as its data is. */
export function entryFieldList(module: EntryModuleKey): [string, FieldDefinition][] {
  return Object.entries(entryModuleOf(module).fields);
}

/** The form's starting values: a saved entry's data, or empty fields for a new one. */
export function toFormValues(module: EntryModuleKey, data?: Record<string, unknown>): EntryFormValues {
  const values: EntryFormValues = {};
  for (const [key, field] of entryFieldList(module)) {
    const value = data?.[key];
    if (field.kind === "boolean") values[key] = value === true;
    // An empty number box holds nothing rather than "" (see FieldControl).
    else if (value === null || value === undefined || value === "")
      values[key] = field.kind === "number" ? undefined : "";
    else values[key] = String(value);
  }
  return values;
}

/** A start and an optional end date as one cell: 「2010-09-01 至 2014-06-30」, or 「2014-07-01 至今」. */
export function periodText(
  module: EntryModuleKey,
  [start, end]: readonly [string, string],
  data: Record<string, unknown>,
): string {
  const { fields } = entryModuleOf(module);
  const to = data[end];
  return `${displayValue(fields[start], data[start])} ${to ? `至 ${displayValue(fields[end], to)}` : L.untilNow}`;
}

/** The name an entry goes by in buttons and notices (its title field). */
export function entryName(module: EntryModuleKey, data: Record<string, unknown>): string {
  const value = data[entryModuleOf(module).titleField];
  return typeof value === "string" && value ? value : modules[module].label;
}
