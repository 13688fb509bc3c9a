import { auditDetailLines } from "@/lib/admin/audit/audit-detail-lines";

const MAX_TEXT = 60;

function Value({ text }: { text: string }) {
  return (
    <span title={text.length > MAX_TEXT ? text : undefined}>
      {text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text}
    </span>
  );
}

/** Audit detail as "字段：值" lines in the words of the screens; edits show "旧值 → 新值". */
export function AuditDetail({ detail, names }: { detail: unknown; names: Record<string, string> }) {
  const lines = auditDetailLines(detail, names);
  if (lines.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {lines.map((line) => (
        <div key={line.key} className="flex gap-1">
          <dt className="shrink-0 text-slate-500">{line.label}：</dt>
          <dd className="min-w-0 break-words text-slate-700">
            {"from" in line ? (
              <>
                <span className="text-slate-500 line-through decoration-slate-300">
                  <Value text={line.from} />
                </span>
                {" → "}
                <Value text={line.to} />
              </>
            ) : (
              <Value text={line.value} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
