import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { ModuleCompletion } from "@/lib/application-form/form.types";
import type { ModuleKey } from "@/lib/application-form/modules";
import { formLabels as L } from "./labels";
import { ModulePanel } from "./module-panel";
import type { SectionSaveState } from "./use-section-save";

/**
 * The frame of a section module's form: heading, the error summary of a failed save (which takes
 * focus), the refusal banners (a stale copy offers 「重新加载」), the fields (locked while saving),
 * then 「保存」 and 「已保存」; `after` comes below the form in the same panel (基本信息's 个人照片,
 * uploaded once the module is saved).
 */
export function SectionForm({
  module,
  complete,
  intro,
  state,
  after,
  children,
}: {
  module: ModuleKey;
  complete: ModuleCompletion;
  intro?: React.ReactNode;
  state: SectionSaveState;
  after?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <ModulePanel module={module} complete={complete} unsaved={state.dirty}>
      <form noValidate onSubmit={state.onSubmit} className="space-y-4">
        <ErrorSummary {...state.summary} />
        {intro}
        {state.stale && (
          <div
            role="alert"
            className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900"
          >
            <div>
              <p className="font-medium">{L.stale}</p>
              <p className="text-amber-800">{L.staleHint}</p>
            </div>
            <Button variant="secondary" size="sm" pending={state.reloading} onClick={state.reload}>
              {L.reload}
            </Button>
          </div>
        )}
        {state.formError && <Alert tone="error">{state.formError}</Alert>}
        <fieldset disabled={state.pending} className="min-w-0 space-y-4">
          {children}
        </fieldset>
        <div className="flex items-center gap-3 border-t border-slate-100 pt-4">
          <Button type="submit" pending={state.pending}>
            {L.save}
          </Button>
          {state.saved && (
            <span role="status" className="text-sm text-green-700">
              <span aria-hidden="true">✓ </span>
              {L.saved}
            </span>
          )}
        </div>
      </form>
      {after}
    </ModulePanel>
  );
}
