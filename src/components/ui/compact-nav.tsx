/**
 * A side navigator as it shows on a phone (below md): one line saying where you are, which opens onto
 * the same links, instead of the whole list stacked above the page. From md up it is not rendered visibly
 * and the full navigator shows instead.
 */
export function CompactNav({
  summary,
  children,
  ref,
}: {
  summary: React.ReactNode;
  children: React.ReactNode;
  ref?: React.Ref<HTMLDetailsElement>;
}) {
  return (
    <details ref={ref} className="group rounded-lg border border-slate-200 bg-white shadow-sm md:hidden">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-lg px-3 py-2.5 text-sm font-medium text-slate-800 [&::-webkit-details-marker]:hidden">
        <span className="min-w-0">{summary}</span>
        <span aria-hidden="true" className="shrink-0 text-slate-500 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="border-t border-slate-100 p-2">{children}</div>
    </details>
  );
}
