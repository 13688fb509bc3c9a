import "server-only";
import type { Db } from "@/server/db";
import { applyBindingTransition } from "./apply-binding-transition";
import { notifyBindingDecided } from "./binding-notifications";

/** 通过: a reviewer of the unit accepts the request; the applicant may then apply through this unit. */
export async function approveBinding(db: Db, reviewerId: string, unitIds: string[], bindingId: string) {
  return db.$transaction(async (tx) => {
    const binding = await applyBindingTransition(tx, {
      bindingId,
      transition: "approve",
      actorId: reviewerId,
      scope: { unitId: { in: unitIds } },
    });
    await notifyBindingDecided(tx, binding, { approved: true });
    return binding;
  });
}
