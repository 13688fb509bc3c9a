import { formatDateTime } from "@/lib/datetime";
import { labelOf, roleKinds, titleLevels, titleSeries } from "@/lib/dictionaries";
import { auditDetailLabels } from "./labels";

const MAX_TEXT = 60;

/** Detail values are stored as codes and ISO instants; shown here in the words of the screens. */
function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空）";
  if (Array.isArray(value)) return value.map((v) => formatValue(key, v)).join("、");
  if (typeof value !== "string") return JSON.stringify(value);
  if (key === "series") return labelOf(titleSeries, value);
  if (key === "levels") return labelOf(titleLevels, value);
  if (key === "role") return labelOf(roleKinds, value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
  return value;
}

function Value({ name, value }: { name: string; value: unknown }) {
  const text = formatValue(name, value);
  return (
    <span title={text.length > MAX_TEXT ? text : undefined}>
      {text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text}
    </span>
  );
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "from" in value && "to" in value;
}

/** Audit detail as "字段：值" lines; edits show "旧值 → 新值". */
export function AuditDetail({ detail }: { detail: unknown }) {
  if (!detail || typeof detail !== "object" || Array.isArray(detail)) return null;
  const entries = Object.entries(detail as Record<string, unknown>);
  if (entries.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {entries.map(([key, value]) => (
        <div key={key} className="flex gap-1">
          <dt className="shrink-0 text-slate-500">{auditDetailLabels[key] ?? key}：</dt>
          <dd className="min-w-0 break-all text-slate-700">
            {isChange(value) ? (
              <>
                <span className="text-slate-500 line-through decoration-slate-300">
                  <Value name={key} value={value.from} />
                </span>
                {" → "}
                <Value name={key} value={value.to} />
              </>
            ) : (
              <Value name={key} value={value} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
