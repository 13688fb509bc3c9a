import "server-only";
import type { Db } from "@/server/db";
import { findUnitByCreditCode } from "./find-unit-by-credit-code";

/**
 * 查询: the unit with that credit code (and whether it has a reviewer to decide a request) and
 * where the applicant stands with it, so the page can offer 绑定, or 解除绑定 for a binding with
 * this unit — naming the drafts recommended by it, which cannot be submitted once it is left —
 * or explain that another unit must be left first.
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
  const drafts =
    active && withThisUnit && active.status === "APPROVED"
      ? await db.application.findMany({
          where: { applicantId: userId, unitId: unit.id, status: "DRAFT" },
          orderBy: { createdAt: "asc" },
          select: { id: true, notice: { select: { title: true } } },
        })
      : [];
  return {
    unit,
    binding:
      active && withThisUnit
        ? {
            id: active.id,
            status: active.status,
            requestedAt: active.requestedAt,
            decidedAt: active.decidedAt,
            drafts: drafts.map((d) => ({ id: d.id, noticeTitle: d.notice.title })),
          }
        : null,
    otherBinding:
      active && !withThisUnit
        ? { id: active.id, status: active.status, unitName: active.unit.name, unitCreditCode: active.unit.creditCode }
        : null,
  };
}
