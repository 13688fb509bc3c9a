import "server-only";
import { bindingMessages } from "@/lib/binding/messages";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { notifyBindingRequested } from "./binding-notifications";
import { findUnitByCreditCode } from "./find-unit-by-credit-code";

/** The partial unique index that lets a person hold one PENDING or APPROVED binding. */
const oneActiveBinding = { model: "UnitBinding", column: "userId", index: "unit_binding_one_active" } as const;

/**
 * 绑定: asks the unit to accept the applicant; the unit's reviewers approve or reject it. A unit
 * without a reviewer refuses: the request would wait for a decision nobody can make, and the
 * applicant is told to have the unit get one appointed instead.
 * The read below only words the refusal well. Two requests at once both pass it, and then the
 * database index refuses the second, which gets the same message instead of a server error.
 */
export async function requestBinding(db: Db, userId: string, rawCreditCode: string) {
  try {
    return await db.$transaction(async (tx) => {
      const unit = await findUnitByCreditCode(tx, rawCreditCode);
      const active = await tx.unitBinding.findFirst({ where: { userId, isActive: true }, select: { unitId: true } });
      if (active) {
        throw new AppError(
          "CONFLICT",
          active.unitId === unit.id ? bindingMessages.alreadyWithThisUnit : bindingMessages.alreadyActive,
          { reason: "ALREADY_EXISTS" },
        );
      }
      if (!unit.hasReviewer) throw new AppError("CONFLICT", bindingMessages.noReviewer(unit.name));
      const binding = await tx.unitBinding.create({
        data: { userId, unitId: unit.id },
        select: { id: true, status: true, requestedAt: true },
      });
      await recordAudit(tx, {
        actorId: userId,
        action: "binding.request",
        entityType: "UnitBinding",
        entityId: binding.id,
        toStatus: binding.status,
        detail: { unit: unit.name, creditCode: unit.creditCode },
      });
      await notifyBindingRequested(tx, userId, unit);
      return { ...binding, unit };
    });
  } catch (error) {
    if (isUniqueViolation(error, oneActiveBinding))
      throw new AppError("CONFLICT", bindingMessages.alreadyActive, { reason: "ALREADY_EXISTS" });
    throw error;
  }
}
