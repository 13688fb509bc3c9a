import type { FormView } from "@/lib/application-form/form.types";
import { type ModuleKey, moduleGroups, moduleKeys } from "@/lib/application-form/modules";
import { TWO_EXPERTS } from "@/lib/dictionaries/application-form";

export type { FormView };

/**
 * What the page shows: one module's panel, the 提交 page (数据验证信息, 材料附件信息, 业务表册信息,
 * 承诺, 提交), 「材料附件信息」 (the same page, opened at the materials), or 「全部信息」 (every module read-only).
 */
export type FormPageView = ModuleKey | "submit" | "materials" | "all";

/** Where in a view to open: an entry of a repeatable module, and a field (or attachment slot) to focus. */
export type FormTarget = { entryId?: string; field?: string };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseFormPageView(value: string | string[] | undefined): FormPageView {
  const v = first(value);
  if (v === "all" || v === "materials" || v === "submit") return v;
  return (moduleKeys as readonly string[]).includes(v ?? "") ? (v as ModuleKey) : "basicInfo";
}

export function parseFormTarget(
  entry: string | string[] | undefined,
  field: string | string[] | undefined,
): FormTarget {
  const entryId = first(entry);
  const name = first(field);
  return { ...(entryId ? { entryId } : {}), ...(name ? { field: name } : {}) };
}

/** What the read-only views read of an application: its saved modules and the 年度考核 years. */
export type ReadableForm = Pick<FormView, "sections" | "entries" | "assessmentYears">;

/**
 * 破格推荐专家 applies once 基本信息 is SAVED with 破格 and 「两名专家推荐破格」: the experts belong to
 * that saved choice, not to what is being typed.
 */
export function expertsApply(form: Pick<FormView, "sections">): boolean {
  const data = form.sections.basicInfo?.data;
  return data?.category === "EXCEPTIONAL" && data?.exceptionalCategory === TWO_EXPERTS;
}

/**
 * The navigator's groups with the modules this application shows. 破格推荐专家 shows while it
 * applies, and also while experts are saved that no longer apply (数据验证信息 asks to delete them).
 */
export function visibleGroups(form: Pick<FormView, "sections" | "entries">) {
  const show = (k: ModuleKey) => k !== "exceptionalExperts" || expertsApply(form) || form.entries[k].length > 0;
  return moduleGroups.map((g) => ({ label: g.label, modules: g.modules.filter(show) }));
}

/** 上一步/下一步 order: the visible modules, the 提交 page, then 「全部信息」. */
export function viewOrder(form: FormView): FormPageView[] {
  return [...visibleGroups(form).flatMap((g) => g.modules), "submit", "all"];
}
