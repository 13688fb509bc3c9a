import "server-only";
import type { z } from "zod";
import type { SectionModuleKey } from "@/lib/application-form/form.types";
import { type EntryModuleKey, type TextModuleKey, textModuleKeys } from "@/lib/application-form/modules";
import {
  annualAssessmentSchema,
  basicInfoSchema,
  continuingEducationSchema,
  entrySchemas,
  textModuleSchema,
} from "@/lib/application-form/schemas";
import { AppError } from "@/server/errors";
import type { FormRules } from "./form-rules";
import { applicationFormMessages as m } from "./messages";

type Issue = z.core.$ZodIssue;
export type ModuleCheck = { success: true; data: Record<string, unknown> } | { success: false; issues: Issue[] };

const isTextModule = (module: SectionModuleKey): module is TextModuleKey =>
  (textModuleKeys as string[]).includes(module);

function sectionSchema(module: SectionModuleKey, rules: FormRules): z.ZodType {
  if (module === "basicInfo") return basicInfoSchema;
  if (module === "continuingEducation") return continuingEducationSchema;
  if (module === "annualAssessment") return annualAssessmentSchema(rules.assessmentYears);
  if (isTextModule(module)) return textModuleSchema(module);
  throw new Error(`unknown section module ${module satisfies never}`);
}

function check(schema: z.ZodType, raw: unknown, extra: Issue[] = []): ModuleCheck {
  const result = schema.safeParse(raw);
  const issues = [...(result.success ? [] : result.error.issues), ...extra];
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: result.data as Record<string, unknown> };
}

/** A section's data checked by its module schema and the application's rules, as saved or re-read. */
export function checkSection(module: SectionModuleKey, raw: unknown, rules: FormRules): ModuleCheck {
  if (module !== "basicInfo" || typeof raw !== "object" || raw === null)
    return check(sectionSchema(module, rules), raw);
  const result = check(basicInfoSchema, { ...raw, idCardNumber: rules.idCardNumber ?? "" });
  const level = (raw as { appliedLevel?: unknown }).appliedLevel;
  if (typeof level !== "string" || level === "" || (rules.levels as readonly string[]).includes(level)) return result;
  const others = result.success ? [] : result.issues.filter((i) => i.path[0] !== "appliedLevel");
  return {
    success: false,
    issues: [...others, { code: "custom", path: ["appliedLevel"], message: m.levelNotOffered, input: level }],
  };
}

export function checkEntry(module: EntryModuleKey, raw: unknown): ModuleCheck {
  return check(entrySchemas[module], raw);
}

export function parseSection(module: SectionModuleKey, raw: unknown, rules: FormRules): Record<string, unknown> {
  const result = checkSection(module, raw, rules);
  if (!result.success) throw invalidModuleData(result.issues);
  return result.data;
}

export function parseEntry(module: EntryModuleKey, raw: unknown): Record<string, unknown> {
  const result = checkEntry(module, raw);
  if (!result.success) throw invalidModuleData(result.issues);
  return result.data;
}

/**
 * Field errors of module data, keyed by the field's dotted path as the form names it
 * ("results.2021"), so nested fields are not lumped under their parent; an issue of the whole
 * module (no path) has no field and is covered by the refusal's message.
 */
function invalidModuleData(issues: Issue[]): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    if (issue.path.length === 0) continue;
    const field = issue.path.map(String).join(".");
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  return new AppError("BAD_REQUEST", m.invalid, { fieldErrors });
}
