import type { FormView } from "@/lib/application-form/form.types";
import { type ModuleKey, moduleGroups, moduleKeys } from "@/lib/application-form/modules";
import { TWO_EXPERTS } from "@/lib/dictionaries/application-form";

export type { FormView };

/** What the page shows: one module's panel, 「材料附件信息」 (the required materials), or 「全部信息」 (every module read-only). */
export type FormPageView = ModuleKey | "materials" | "all";

export function parseFormPageView(value: string | string[] | undefined): FormPageView {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === "all" || v === "materials") return v;
  return (moduleKeys as readonly string[]).includes(v ?? "") ? (v as ModuleKey) : "basicInfo";
}

/**
 * 破格推荐专家 applies once 基本信息 is SAVED with 破格 and 「两名专家推荐破格」: the experts belong to
 * that saved choice, not to what is being typed.
 */
export function expertsApply(form: FormView): boolean {
  const data = form.sections.basicInfo?.data;
  return data?.category === "EXCEPTIONAL" && data?.exceptionalCategory === TWO_EXPERTS;
}

/** The navigator's groups with the modules this application shows. */
export function visibleGroups(form: FormView) {
  const show = (k: ModuleKey) => k !== "exceptionalExperts" || expertsApply(form);
  return moduleGroups.map((g) => ({ label: g.label, modules: g.modules.filter(show) }));
}

/** 上一步/下一步 order: the visible modules, 「材料附件信息」, then 「全部信息」. */
export function viewOrder(form: FormView): FormPageView[] {
  return [...visibleGroups(form).flatMap((g) => g.modules), "materials", "all"];
}
