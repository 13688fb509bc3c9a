import "server-only";
import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted at every level and no whitespace, so the same value always gives
 * the same text whatever order its keys were built or stored in (PostgreSQL's jsonb reorders them).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The snapshot's digest: sha256 (hex) of the canonical JSON of what was frozen at 提交. */
export function submissionDigest(frozen: { content: unknown; ruleSetVersion: number; validation: unknown }): string {
  return createHash("sha256").update(canonicalJson(frozen)).digest("hex");
}
