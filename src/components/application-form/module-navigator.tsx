import { useRef } from "react";
import { materialsComplete, useAttachments } from "@/components/attachments/use-attachments";
import { useValidation } from "@/components/submission/use-validation";
import { CompactNav } from "@/components/ui/compact-nav";
import { RequiredMark } from "@/components/ui/field";
import type { ModuleCompletion } from "@/lib/application-form/form.types";
import { modules } from "@/lib/application-form/modules";
import { type FormPageView, type FormView, visibleGroups } from "./form-view";
import { formLabels as L } from "./labels";

/** Both lists are in the page (one hidden by the breakpoint), so their description ids differ by list. */
type List = "full" | "compact";

const itemClass =
  "flex w-full items-center gap-2 rounded px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100 " +
  "aria-[current=step]:bg-brand-50 aria-[current=step]:font-medium aria-[current=step]:text-brand-800";

/**
 * The module navigator: the manual's groups, each module with its completion mark (✓) and a red
 * asterisk when required, the current one highlighted, and on a returned application a red × on
 * each module the reviewer returned for change; 「材料附件信息」 (complete once every 必传
 * material is uploaded), 「数据验证与提交」 (marked once 数据验证信息 lists nothing) and 「全部信息」 at the end. Links keep `?m=` so
 * a module can be opened in a new tab; a plain click goes through `onSelect` (the unsaved check).
 * Each link's name is the module's label alone; completion is its description.
 * Below md the same list folds into a compact selector (where you are and how far along); picking a
 * module there closes it again.
 */
export function ModuleNavigator({
  form,
  current,
  unsaved = false,
  onSelect,
}: {
  form: FormView;
  current: FormPageView;
  /** The module on screen holds input not saved yet: it reads 「有未保存的修改」 instead of its completion. */
  unsaved?: boolean;
  onSelect: (view: FormPageView) => void;
}) {
  const { files } = useAttachments(form.application.id);
  const validation = useValidation(form.application.id);
  const passed = validation.data?.problems.length === 0;
  const compact = useRef<HTMLDetailsElement>(null);
  const link = (list: List, view: FormPageView, children: React.ReactNode, description?: string) => {
    const descriptionId = description ? `nav-${list}-${view}-state` : undefined;
    const anchor = (
      <a
        href={`?m=${view}`}
        aria-current={current === view ? "step" : undefined}
        aria-describedby={descriptionId}
        data-module={view}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          if (compact.current) compact.current.open = false;
          onSelect(view);
        }}
        className={itemClass}
      >
        {children}
      </a>
    );
    // The description sits beside the link, so the link's name stays the module's label alone.
    return description ? (
      <>
        {anchor}
        <span id={descriptionId} className="sr-only">
          {description}
        </span>
      </>
    ) : (
      anchor
    );
  };

  const returned = form.application.returned?.modules ?? [];
  const item = (list: List, view: FormPageView, label: string, required: boolean, state: ModuleCompletion) => {
    const toChange = (returned as readonly string[]).includes(view);
    const edited = unsaved && view === current;
    const complete = state === "complete";
    const description = [
      toChange ? L.returnedMark : "",
      required ? L.requiredModule : "",
      edited ? L.unsaved : L[state],
    ]
      .filter(Boolean)
      .join("，");
    return (
      <li key={view} data-complete={complete} data-returned={toChange || undefined} data-unsaved={edited || undefined}>
        {link(
          list,
          view,
          <>
            <span
              aria-hidden="true"
              className={`grid size-4 shrink-0 place-items-center rounded-full text-[10px] ${edited ? "bg-amber-500 text-white" : complete ? "bg-green-600 text-white" : "border border-slate-300"}`}
            >
              {edited ? "!" : complete ? "✓" : ""}
            </span>
            <span>
              {label}
              {edited && (
                <span aria-hidden="true" className="block text-xs font-normal text-amber-800">
                  {L.unsaved}
                </span>
              )}
            </span>
            {required && <RequiredMark />}
            {toChange && (
              <span
                aria-hidden="true"
                title={L.returnedMark}
                className="ml-auto grid size-4 shrink-0 place-items-center rounded-full bg-red-600 text-[10px] font-bold text-white"
              >
                ×
              </span>
            )}
          </>,
          description,
        )}
      </li>
    );
  };

  const groups = visibleGroups(form);
  const materialsState: ModuleCompletion = materialsComplete(files) ? "complete" : "incomplete";
  const lists = (list: List) => (
    <>
      {groups.map((group) => (
        <div key={group.label} className="mb-2">
          <p className="px-2.5 pb-1 pt-2 text-xs font-semibold tracking-wide text-slate-500">{group.label}</p>
          <ul>
            {group.modules.map((key) => {
              const { label, required } = modules[key];
              return item(list, key, label, required, form.completion[key]);
            })}
          </ul>
        </div>
      ))}
      <div className="mb-2 border-t border-slate-100 pt-2">
        <ul>
          {item(list, "materials", L.materials, true, materialsState)}
          {item(list, "submit", L.submitPage, false, passed ? "complete" : "incomplete")}
        </ul>
      </div>
      <div className="border-t border-slate-100 pt-2">
        {link(list, "all", <span className="pl-6">{L.allInfo}</span>)}
      </div>
    </>
  );

  const moduleKeys = groups.flatMap((g) => g.modules);
  const done =
    moduleKeys.filter((key) => form.completion[key] === "complete").length + (materialsState === "complete" ? 1 : 0);
  const currentLabel =
    current === "materials"
      ? L.materials
      : current === "submit"
        ? L.submitPage
        : current === "all"
          ? L.allInfo
          : modules[current].label;
  return (
    <>
      <CompactNav
        ref={compact}
        summary={
          <>
            {L.navigatorSummary(currentLabel, done, moduleKeys.length + 1)}
            {unsaved && <span className="block text-xs font-normal text-amber-800">{L.unsaved}</span>}
          </>
        }
      >
        <nav aria-label={L.navigator}>{lists("compact")}</nav>
      </CompactNav>
      <nav aria-label={L.navigator} className="rounded-lg border border-slate-200 bg-white p-2 shadow-sm max-md:hidden">
        {lists("full")}
      </nav>
    </>
  );
}
