import { formatDateTime } from "@/lib/datetime";
import type { SubmittedValidation } from "@/lib/review/review-actions";
import { reviewLabels as L } from "./labels";

/** 数据验证信息 as it stood at submission: every rule passed, or the ones that did not. */
export function SubmittedValidationPanel({ validation }: { validation: SubmittedValidation }) {
  const failed = validation.rules.filter((r) => r.problems.length > 0);
  return (
    <section
      id="validation"
      aria-labelledby="submitted-validation-title"
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-5 py-3">
        <h2 id="submitted-validation-title" className="text-base font-semibold text-slate-900">
          {L.validationTitle}
        </h2>
        <span className="text-xs text-slate-500">{L.validationCheckedAt(formatDateTime(validation.checkedAt))}</span>
      </header>
      <div className="p-5" data-testid="submitted-validation">
        {failed.length === 0 ? (
          <p className="flex items-center gap-3 rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-800">
            <span aria-hidden="true" className="grid size-6 place-items-center rounded-full bg-green-600 text-white">
              ✓
            </span>
            {L.validationPassed(validation.rules.length)}
          </p>
        ) : (
          <div className="space-y-2 text-sm">
            <p className="text-red-700">{L.validationProblems(failed.length)}</p>
            <ul className="space-y-1 border-l-2 border-red-100 pl-3">
              {failed.flatMap((rule) =>
                rule.problems.map((p) => (
                  <li key={`${rule.rule}-${p.entryId ?? ""}-${p.field ?? ""}-${p.message}`} className="text-slate-700">
                    {p.message}
                  </li>
                )),
              )}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
