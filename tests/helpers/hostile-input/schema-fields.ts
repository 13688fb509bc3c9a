import type { z } from "zod";

/**
 * Where a procedure's input takes text: every path of its zod input schema at which a string is
 * accepted (strings, ids, enums, dates typed as text, numbers coerced from text). A path is the
 * object keys from the root; "[]" stands for an array's elements. Paths typed z.unknown() are
 * listed apart as `opaque`: the procedure parses them itself (the application form's module data),
 * so the table must name their fields.
 */
export type InputField = { path: string[] };
export type InputFields = { text: string[][]; opaque: string[][] };

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  values?: unknown[];
  coerce?: boolean;
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "nonoptional", "readonly", "catch"]);

function walk(schema: z.ZodType, path: string[], out: InputFields): void {
  const def = defOf(schema);
  if (def.type === "object") {
    for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, [...path, key], out);
  } else if (WRAPPERS.has(def.type) && def.innerType) walk(def.innerType, path, out);
  else if (def.type === "pipe" && def.in) walk(def.in, path, out);
  else if (def.type === "lazy" && def.getter) walk(def.getter(), path, out);
  else if (def.type === "array" && def.element) walk(def.element, [...path, "[]"], out);
  else if (def.type === "intersection") {
    if (def.left) walk(def.left, path, out);
    if (def.right) walk(def.right, path, out);
  } else if (def.type === "union") for (const option of def.options ?? []) walk(option, path, out);
  else if (def.type === "unknown" || def.type === "any") out.opaque.push(path);
  else if (acceptsText(def)) out.text.push(path);
}

function acceptsText(def: Def): boolean {
  if (def.type === "string" || def.type === "enum" || def.type === "template_literal") return true;
  if (def.type === "literal") return (def.values ?? []).some((v) => typeof v === "string");
  return Boolean(def.coerce) && ["number", "bigint", "date", "boolean"].includes(def.type);
}

const key = (path: string[]) => path.join(".");

/** The text and opaque paths of a procedure's inputs (several `.input()` calls merge). */
export function inputFields(inputs: z.ZodType[]): InputFields {
  const out: InputFields = { text: [], opaque: [] };
  for (const input of inputs) walk(input, [], out);
  const unique = (paths: string[][]) => [...new Map(paths.map((p) => [key(p), p])).values()];
  return { text: unique(out.text), opaque: unique(out.opaque) };
}

/** `input` with the value at `path` replaced by `value` ("[]" puts it as an array's only element). */
export function withValueAt(input: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (rest.length === 0) return { ...input, [head]: value };
  if (rest[0] === "[]") {
    const inner = rest.length === 1 ? value : withValueAt({}, rest.slice(1), value);
    return { ...input, [head]: [inner] };
  }
  const child = (input[head] ?? {}) as Record<string, unknown>;
  return { ...input, [head]: withValueAt(child, rest, value) };
}
