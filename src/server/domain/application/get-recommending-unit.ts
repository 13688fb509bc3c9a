import "server-only";
import type { Db } from "@/server/db";
import { getCurrentBinding } from "../binding/get-current-binding";
import { unitSnapshotOf } from "./unit-snapshot";

/**
 * 推荐单位 as the applicant sees it before applying: the unit of their active binding and whether
 * the unit has approved it yet (only an APPROVED binding lets them apply), or null when unbound.
 */
export async function getRecommendingUnit(db: Db, applicantId: string) {
  const binding = await getCurrentBinding(db, applicantId);
  if (!binding) return null;
  return {
    approved: binding.status === "APPROVED",
    requestedAt: binding.requestedAt,
    unit: unitSnapshotOf(binding.unit),
  };
}
