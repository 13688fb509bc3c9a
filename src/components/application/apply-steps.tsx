import { applyLabels as L } from "./labels";

/** Where the applicant is in 条件自检 → 选择通知并申报 → 信息填报. */
export function ApplySteps({ current }: { current: number }) {
  return (
    <ol aria-label={L.stepsLabel} className="mb-6 flex flex-wrap gap-2 text-sm">
      {L.steps.map((label, i) => (
        <li
          key={label}
          aria-current={i === current ? "step" : undefined}
          className="flex items-center gap-2 rounded-full border border-slate-200 bg-white px-3 py-1 text-slate-500 aria-[current=step]:border-brand-500 aria-[current=step]:bg-brand-50 aria-[current=step]:font-medium aria-[current=step]:text-brand-700"
        >
          <span aria-hidden="true" className="grid size-5 place-items-center rounded-full bg-slate-100 text-xs">
            {i + 1}
          </span>
          {label}
        </li>
      ))}
    </ol>
  );
}
