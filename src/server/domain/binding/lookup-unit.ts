import "server-only";
import type { Db } from "@/server/db";
import { findUnitByCreditCode } from "./find-unit-by-credit-code";

/**
 * 查询: the unit with that credit code and where the applicant stands with it, so the page can offer
 * 绑定, or 解除绑定 for a binding with this unit, or explain that another unit must be left first.
 */
export async function lookupUnit(db: Db, userId: string, rawCreditCode: string) {
  const unit = await findUnitByCreditCode(db, rawCreditCode);
  const active = await db.unitBinding.findFirst({
    where: { userId, isActive: true },
    select: {
      id: true,
      status: true,
      requestedAt: true,
      decidedAt: true,
      unit: { select: { id: true, name: true, creditCode: true } },
    },
  });
  const withThisUnit = active?.unit.id === unit.id;
  return {
    unit,
    binding:
      active && withThisUnit
        ? { id: active.id, status: active.status, requestedAt: active.requestedAt, decidedAt: active.decidedAt }
        : null,
    otherBinding:
      active && !withThisUnit
        ? { id: active.id, status: active.status, unitName: active.unit.name, unitCreditCode: active.unit.creditCode }
        : null,
  };
}
