import { Badge } from "@/components/ui/badge";
import { RequiredMark } from "@/components/ui/field";
import type { ModuleCompletion } from "@/lib/application-form/form.types";
import { type ModuleKey, modules } from "@/lib/application-form/modules";
import { formLabels as L } from "./labels";

/** A module's mark as a badge: 已完成 in green, 未完成 or 未填写（选填） in grey. */
export function CompletionBadge({ state }: { state: ModuleCompletion }) {
  return <Badge tone={state === "complete" ? "green" : "gray"}>{L[state]}</Badge>;
}

/**
 * A module's white panel: its name as the section heading (h2), whether it is complete — or, while
 * its form holds input not saved yet, 「有未保存的修改」 — then the body.
 */
export function ModulePanel({
  module,
  complete,
  unsaved = false,
  children,
}: {
  module: ModuleKey;
  complete?: ModuleCompletion;
  unsaved?: boolean;
  children: React.ReactNode;
}) {
  const { label, required } = modules[module];
  return (
    <section className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex items-center justify-between gap-4 border-b border-slate-100 px-5 py-3">
        <h2 className="text-base font-semibold text-slate-900">
          {label}
          {required && <RequiredMark />}
        </h2>
        {unsaved ? (
          <Badge tone="amber">{L.unsaved}</Badge>
        ) : (
          complete !== undefined && <CompletionBadge state={complete} />
        )}
      </header>
      <div className="p-5">{children}</div>
    </section>
  );
}
