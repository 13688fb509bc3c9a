/** A titled white panel, used for forms that open above a list. */
export function Panel({
  title,
  actions,
  children,
  labelledBy,
}: {
  title: string;
  actions?: React.ReactNode;
  children: React.ReactNode;
  labelledBy?: string;
}) {
  return (
    <section aria-labelledby={labelledBy} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex items-center justify-between gap-4 border-b border-slate-100 px-4 py-2.5">
        <h2 id={labelledBy} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        {actions}
      </header>
      <div className="p-4">{children}</div>
    </section>
  );
}
