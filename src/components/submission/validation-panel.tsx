"use client";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { moduleKeys, modules } from "@/lib/application-form/modules";
import { formatDateTime } from "@/lib/datetime";
import type { Problem, ProblemModule } from "@/lib/submission/problem";
import { submissionLabels as L } from "./submission-labels";
import { useValidation } from "./use-validation";

/** The groups in the form's order: the application's own conditions first, 材料附件信息 last. */
const groupOrder: ProblemModule[] = ["application", ...moduleKeys, "materials"];

function groupLabel(module: ProblemModule): string {
  if (module === "application") return L.applicationGroup;
  if (module === "materials") return "材料附件信息";
  return modules[module].label;
}

/** Where a problem is fixed, as an address of this page (the form reads `m`, `entry` and `field`). */
export function problemHref(problem: Problem): string {
  const params = new URLSearchParams({ m: problem.module === "materials" ? "submit" : problem.module });
  if (problem.entryId) params.set("entry", problem.entryId);
  if (problem.field) params.set("field", problem.field);
  return `?${params}`;
}

/**
 * 数据验证信息: every unmet rule of the saved application, grouped by module, each a link that opens
 * the module at the field (an entry's form at its field); 「数据验证通过」 in green when none.
 */
export function ValidationPanel({
  applicationId,
  onOpen,
}: {
  applicationId: string;
  onOpen: (problem: Problem) => void;
}) {
  const validation = useValidation(applicationId);
  const problems = validation.data?.problems ?? [];
  const groups = groupOrder
    .map((module) => ({ module, problems: problems.filter((p) => p.module === module) }))
    .filter((g) => g.problems.length > 0);

  return (
    <section aria-labelledby="validation-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-5 py-3">
        <h2 id="validation-title" className="text-base font-semibold text-slate-900">
          {L.validationTitle}
        </h2>
        <div className="flex items-center gap-3 text-xs text-slate-500">
          {validation.data && <span>{L.checkedAt(formatDateTime(validation.data.checkedAt))}</span>}
          <Button
            variant="secondary"
            size="sm"
            pending={validation.isFetching}
            onClick={() => void validation.refetch()}
          >
            {L.recheck}
          </Button>
        </div>
      </header>
      <div className="p-5" aria-live="polite" data-testid="validation">
        {validation.isPending ? (
          <p className="text-sm text-slate-500">{L.validationLoading}</p>
        ) : validation.isError ? (
          <Alert tone="error">{L.validationFailedToLoad}</Alert>
        ) : problems.length === 0 ? (
          <div
            data-testid="validation-passed"
            className="flex items-center gap-3 rounded-md border border-green-200 bg-green-50 px-4 py-3"
          >
            <span aria-hidden="true" className="grid size-6 place-items-center rounded-full bg-green-600 text-white">
              ✓
            </span>
            <p className="text-sm">
              <span className="font-semibold text-green-800">{L.validationPassed}</span>
              <span className="ml-2 text-green-700">{L.validationPassedHint}</span>
            </p>
          </div>
        ) : (
          <div className="space-y-3">
            <p className="text-sm text-red-700">{L.problemCount(problems.length)}</p>
            <ul className="space-y-3" aria-label={L.validationTitle}>
              {groups.map((group) => (
                <li key={group.module} data-problem-module={group.module}>
                  <p className="mb-1 flex items-center gap-2 text-sm font-medium text-slate-900">
                    {groupLabel(group.module)}
                    <Badge tone="red">{group.problems.length}</Badge>
                  </p>
                  <ul className="space-y-1 border-l-2 border-red-100 pl-3">
                    {group.problems.map((problem) => (
                      <li
                        key={`${problem.rule}-${problem.entryId ?? ""}-${problem.field ?? ""}-${problem.message}`}
                        className="text-sm"
                      >
                        {problem.module === "application" ? (
                          <span className="text-slate-700">{problem.message}</span>
                        ) : (
                          <a
                            href={problemHref(problem)}
                            onClick={(e) => {
                              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                              e.preventDefault();
                              onOpen(problem);
                            }}
                            className="text-red-700 underline decoration-red-300 underline-offset-2 hover:text-red-800"
                          >
                            {problem.message}
                          </a>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
