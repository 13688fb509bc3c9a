import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { type BindingTransition, bindingTransitions, isActiveBindingStatus } from "@/lib/binding/binding-status";
import { bindingMessages } from "@/lib/binding/messages";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";

type TransitionRequest = {
  bindingId: string;
  transition: BindingTransition;
  actorId: string;
  /** Whose bindings the actor may touch: their own (userId), or their units' (unitId in …). */
  scope: Prisma.UnitBindingWhereInput;
  rejectReason?: string;
  now?: Date;
};

/**
 * Applies one transition of the binding life cycle inside the caller's transaction. The status
 * check and the write are one conditional UPDATE, so of two clicks (two tabs, two reviewers) only
 * the first moves the binding and the other gets a conflict. A binding outside `scope` is reported
 * as not found, so nobody learns that someone else's binding exists.
 */
export async function applyBindingTransition(tx: Tx, request: TransitionRequest) {
  const { bindingId, transition, actorId, scope, rejectReason, now = new Date() } = request;
  const { from, to, by, stampField } = bindingTransitions[transition];
  const { count } = await tx.unitBinding.updateMany({
    where: { ...scope, id: bindingId, status: from },
    data: {
      status: to,
      isActive: isActiveBindingStatus(to),
      [stampField]: now,
      ...(by === "unit" ? { decidedById: actorId } : {}),
      ...(rejectReason ? { rejectReason } : {}),
    },
  });
  if (count === 0) {
    const visible = await tx.unitBinding.count({ where: { ...scope, id: bindingId } });
    throw visible > 0
      ? new AppError("CONFLICT", bindingMessages.statusChanged, { reason: "ALREADY_HANDLED" })
      : new AppError("NOT_FOUND", bindingMessages.notFound);
  }
  const binding = await tx.unitBinding.findUniqueOrThrow({
    where: { id: bindingId },
    select: {
      id: true,
      userId: true,
      status: true,
      unit: { select: { id: true, name: true, creditCode: true } },
      user: { select: { name: true } },
    },
  });
  await recordAudit(tx, {
    actorId,
    action: `binding.${transition}`,
    entityType: "UnitBinding",
    entityId: bindingId,
    fromStatus: from,
    toStatus: to,
    detail: {
      person: binding.user.name,
      unit: binding.unit.name,
      creditCode: binding.unit.creditCode,
      ...(rejectReason ? { reason: rejectReason } : {}),
    },
  });
  return binding;
}
