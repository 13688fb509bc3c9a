import "server-only";
import { TWO_EXPERTS } from "@/lib/dictionaries/application-form";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { applicationFormMessages as m } from "./messages";

/** 两名专家推荐破格: the saved 基本信息 asks for exactly two recommending experts. */
export function requiresTwoExperts(basicInfo: unknown): boolean {
  const data = (basicInfo ?? {}) as { category?: unknown; exceptionalCategory?: unknown };
  return data.category === "EXCEPTIONAL" && data.exceptionalCategory === TWO_EXPERTS;
}

/**
 * The slot (1 or 2) a new 破格推荐专家 takes. Experts are added only after 基本信息 is saved with
 * 两名专家推荐破格, as the manual orders it; the slot's unique index keeps the count at two.
 */
export async function claimExpertSlot(tx: Tx, applicationId: string): Promise<number> {
  const basicInfo = await tx.applicationSection.findUnique({
    where: { applicationId_module: { applicationId, module: "basicInfo" } },
    select: { data: true },
  });
  if (!requiresTwoExperts(basicInfo?.data)) throw new AppError("BAD_REQUEST", m.expertsNotRequired);
  const taken = await tx.exceptionalExpert.findMany({ where: { applicationId }, select: { slot: true } });
  const slot = [1, 2].find((s) => !taken.some((t) => t.slot === s));
  if (slot === undefined) throw new AppError("CONFLICT", m.expertsFull, { reason: "EXPERTS_FULL" });
  return slot;
}
