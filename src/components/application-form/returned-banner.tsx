import { scopeLabel } from "@/lib/application/scope-label";
import type { ReturnView } from "@/lib/application-form/form.types";
import { formatDateTime } from "@/lib/datetime";
import { reviewStageOf } from "@/lib/review/review-stages";
import { formLabels as L } from "./labels";

/** Above the form of a returned application: who returned it and when, the opinion, and what may change. */
export function ReturnedBanner({ returned }: { returned: ReturnView }) {
  return (
    <section
      aria-labelledby="returned-title"
      data-testid="returned-banner"
      className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-5 py-4 text-sm text-amber-900"
    >
      <h2 id="returned-title" className="flex items-center gap-2 text-base font-semibold">
        <span
          aria-hidden="true"
          className="grid size-5 place-items-center rounded-full bg-amber-500 text-xs text-white"
        >
          ↩
        </span>
        {L.returnedTitle(reviewStageOf(returned.stage).label, formatDateTime(returned.at))}
      </h2>
      <dl className="mt-2 space-y-1">
        <div className="flex gap-1">
          <dt className="shrink-0 font-medium">{L.returnedOpinion}</dt>
          <dd className="whitespace-pre-wrap break-words">{returned.opinion}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="shrink-0 font-medium">{L.returnedModules}</dt>
          <dd>{returned.modules.map(scopeLabel).join("、")}</dd>
        </div>
      </dl>
      <p className="mt-2 text-amber-800">{L.returnedHint}</p>
    </section>
  );
}
