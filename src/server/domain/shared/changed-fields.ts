import "server-only";

/** A field value as recorded in audit detail: text, a list of codes, or nothing. */
export type AuditValue = string | string[] | null;

export type Snapshot<K extends string = string> = Record<K, AuditValue>;

/**
 * The fields whose value differs between two snapshots, as audit detail ({ name: { from, to } }),
 * so the audit log shows what an edit actually changed.
 */
export function changedFields<K extends string>(
  before: Snapshot<K>,
  after: Snapshot<K>,
): Partial<Record<K, { from: AuditValue; to: AuditValue }>> {
  const changes: Partial<Record<K, { from: AuditValue; to: AuditValue }>> = {};
  for (const key of Object.keys(after) as K[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key] ?? null, to: after[key] };
  }
  return changes;
}
