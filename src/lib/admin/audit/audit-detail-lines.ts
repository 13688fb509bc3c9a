import { scopeLabel } from "@/lib/application/scope-label";
import { modules } from "@/lib/application-form/modules";
import { attachmentSlots, formatBytes } from "@/lib/attachments/slots";
import { formatDate, formatDateTime } from "@/lib/datetime";
import { labelOf, roleKinds, titleLevels, titleSeries } from "@/lib/dictionaries";
import { type AuditValueKind, auditDetailKeys, isAuditDetailKey } from "@/lib/dictionaries/audit";
import { reviewStages } from "@/lib/review/review-stages";

/** One line of an audit entry's detail: its label, and the value (or the change) in words. */
export type AuditDetailLine = { key: string; label: string } & ({ value: string } | { from: string; to: string });

const EMPTY = "（空）";
const keyOrder: string[] = Object.keys(auditDetailKeys);
const DELETED = "（已删除）";

const codeLabel = (items: readonly { code: string; label: string }[]) => (v: string) => labelOf(items, v);

function formatOne(kind: AuditValueKind, value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") return kind === "bytes" ? formatBytes(value) : String(value);
  if (kind === "unit" && typeof value === "object" && "name" in value) {
    const unit = value as { name: unknown; creditCode?: unknown };
    return unit.creditCode ? `${unit.name}（${unit.creditCode}）` : String(unit.name);
  }
  if (typeof value !== "string") return JSON.stringify(value);
  switch (kind) {
    case "series":
      return codeLabel(titleSeries)(value);
    case "levels":
      return codeLabel(titleLevels)(value);
    case "role":
      return codeLabel(roleKinds)(value);
    case "module":
      return modules[value as keyof typeof modules]?.label ?? value;
    case "scope":
      return scopeLabel(value);
    case "slot":
      return attachmentSlots[value as keyof typeof attachmentSlots]?.label ?? value;
    case "stage":
      return codeLabel(reviewStages)(value);
    case "dateTime":
      return formatDateTime(value);
    case "date":
    case "holidayDates":
      return formatDate(value);
    case "application":
    case "expert":
    case "committee":
    case "user":
    case "notice":
    case "entry":
      return names[value] ?? DELETED;
    default:
      return value;
  }
}

function format(kind: AuditValueKind, value: unknown, names: Record<string, string>): string {
  if (Array.isArray(value)) return value.length ? value.map((v) => formatOne(kind, v, names)).join("、") : EMPTY;
  // 年度节假日安排 before a change: { holidays: [...], workdays: [...] }.
  if (kind === "holidayDates" && value && typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${isAuditDetailKey(k) ? auditDetailKeys[k].label : k}：${format(kind, v, names)}`)
      .join("；");
  return formatOne(kind, value, names);
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "from" in value && "to" in value;
}

/**
 * An audit entry's detail in the words of the screens: every key by its label, codes by their
 * dictionary labels, instants as 「2027年1月28日 17:00」, record ids by the names the audit list
 * resolved (`names`), edits as before → after, in the dictionary's order. Internal ids are left
 * out; a key no dictionary knows (from an older release) is shown as stored rather than dropped.
 */
export function auditDetailLines(detail: unknown, names: Record<string, string> = {}): AuditDetailLine[] {
  if (!detail || typeof detail !== "object" || Array.isArray(detail)) return [];
  const lines: AuditDetailLine[] = [];
  for (const [key, value] of Object.entries(detail as Record<string, unknown>)) {
    const known = isAuditDetailKey(key) ? auditDetailKeys[key] : null;
    if (known?.kind === "hidden") continue;
    const kind = known?.kind ?? "text";
    const label = known?.label ?? key;
    lines.push(
      isChange(value)
        ? { key, label, from: format(kind, value.from, names), to: format(kind, value.to, names) }
        : { key, label, value: format(kind, value, names) },
    );
  }
  // The database keeps JSON keys in its own order; the log lists them in the dictionary's.
  const rank = (key: string) => (isAuditDetailKey(key) ? keyOrder.indexOf(key) : keyOrder.length);
  return lines.sort((a, b) => rank(a.key) - rank(b.key));
}
