/**
 * Below md a table's rows become stacked cards (one cell per line, the header row kept for screen
 * readers only): on a phone the action column stays on screen instead of sliding off to the right.
 * A row is a flex column so that its title cell can head the card wherever its column stands.
 */
export const stackedBelowMd =
  "max-md:block max-md:[&_tbody]:block max-md:[&_thead]:sr-only max-md:[&_tr]:flex max-md:[&_tr]:flex-col max-md:[&_tr]:py-2 " +
  "max-md:[&_td]:block max-md:[&_td]:py-1";

/** A dense bordered table with a shaded header row. */
export function Table({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div
      // A wide table scrolls inside its box; the box takes focus so a keyboard can scroll it too (it has
      // no name of its own: the table inside carries the label, and one name keeps getByLabel unique).
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className={`min-w-full divide-y divide-slate-200 text-sm ${stackedBelowMd}`} aria-label={label}>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: React.ReactNode }) {
  return (
    <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
      <tr>{children}</tr>
    </thead>
  );
}

export function Th({ children, className = "" }: { children?: React.ReactNode; className?: string }) {
  return (
    <th scope="col" className={`whitespace-nowrap px-3 py-2 ${className}`}>
      {children}
    </th>
  );
}

export function TBody({ children }: { children: React.ReactNode }) {
  return <tbody className="divide-y divide-slate-100">{children}</tbody>;
}

/**
 * Below md a labelled cell is one line of its card: the column's name, then the value. The name is
 * aria-hidden because the sr-only header row already names the column for screen readers. The
 * display classes carry `!` to win over the table's descendant rule that makes every cell a block.
 */
export const labelledCell = "max-md:grid! max-md:grid-cols-[6.5rem_minmax(0,1fr)] max-md:gap-x-3 max-md:text-left";

/** What a cell is to its card below md, when it is not a labelled field. */
const cellKinds = {
  /** The card's heading, first whatever its column: the name or title the row is about. */
  title: "max-md:order-first max-md:text-base max-md:font-medium max-md:text-slate-900",
  /** The row's buttons, side by side and all on screen. */
  actions: "max-md:flex! max-md:flex-wrap max-md:items-center max-md:gap-2 max-md:pt-2",
};

/**
 * A labelled cell's inside: the column's name (shown only below md, where the header row is hidden),
 * then the value as one grid item however many nodes it has (from md up the wrapper adds no box).
 */
export function LabelledValue({ label, children }: { label: string; children?: React.ReactNode }) {
  return (
    <>
      <span aria-hidden="true" className="text-xs leading-5 text-slate-500 md:hidden">
        {label}
      </span>
      <div className="min-w-0 max-md:break-words md:contents">{children}</div>
    </>
  );
}

export function Td({
  children,
  className = "",
  label,
  kind,
}: {
  children?: React.ReactNode;
  className?: string;
  /** The column's name, shown before the value when the row is a card (below md). */
  label?: string;
  kind?: keyof typeof cellKinds;
}) {
  const stacked = label ? labelledCell : kind ? cellKinds[kind] : "";
  return (
    <td className={`px-3 py-2 align-top text-slate-700 ${stacked} ${className}`}>
      {label ? <LabelledValue label={label}>{children}</LabelledValue> : children}
    </td>
  );
}

/** The single row shown when a list is empty or still loading. */
export function TableMessage({ colSpan, children }: { colSpan: number; children: React.ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-8 text-center text-sm text-slate-500">
        {children}
      </td>
    </tr>
  );
}
