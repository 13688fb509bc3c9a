import { type FieldDefinition, shownLabel } from "@/lib/application-form/field-kinds";
import { formatDate } from "@/lib/datetime";
import { labelOf } from "@/lib/dictionaries";
import { formLabels as L } from "./labels";

/** A saved value as people read it: dictionary labels, 是/否, dates as 「2019年6月30日」, and a dash for nothing. */
export function displayValue(field: FieldDefinition, value: unknown): string {
  if (field.kind === "boolean") return value === true ? L.yes : L.no;
  if (value === undefined || value === null || value === "") return L.empty;
  if (field.kind === "dictionary") return labelOf(field.items, String(value));
  if (field.kind === "date") return formatDate(String(value));
  return String(value);
}

type ValueRow = { key: string; field: FieldDefinition; value: unknown };

/** Label–value pairs in a dense grid; a long text takes the whole width and keeps its line breaks. */
export function ValueList({ rows }: { rows: ValueRow[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {rows.map(({ key, field, value }) => {
        const long = field.kind === "text" && field.multiline;
        return (
          <div key={key} className={`flex gap-2 ${long ? "sm:col-span-2 lg:col-span-3" : ""}`}>
            <dt className="shrink-0 text-slate-500">{shownLabel(field)}：</dt>
            <dd className={`text-slate-900 ${long ? "whitespace-pre-wrap" : ""}`}>{displayValue(field, value)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
