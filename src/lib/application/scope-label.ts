import { modules } from "@/lib/application-form/modules";
import type { EditableScope } from "./editability";

/** An editable scope's name as the pages show it: the module's label, or 材料附件信息. */
export function scopeLabel(scope: EditableScope | string): string {
  return scope === "materials" ? "材料附件信息" : (modules[scope as keyof typeof modules]?.label ?? scope);
}
