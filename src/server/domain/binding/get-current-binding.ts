import "server-only";
import type { Db } from "@/server/db";
import { unitSummarySelect } from "./unit-summary";

/** The applicant's one active binding (待审核 or 已绑定) with its unit, or null. */
export async function getCurrentBinding(db: Db, userId: string) {
  return db.unitBinding.findFirst({
    where: { userId, isActive: true },
    select: { id: true, status: true, requestedAt: true, decidedAt: true, unit: { select: unitSummarySelect } },
  });
}
