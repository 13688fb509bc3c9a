import "server-only";
import type { RejectBindingInput } from "@/lib/binding/binding.schema";
import type { Db } from "@/server/db";
import { applyBindingTransition } from "./apply-binding-transition";
import { notifyBindingDecided } from "./binding-notifications";

/** 驳回: a reviewer of the unit refuses the request with a reason the applicant sees in 绑定记录. */
export async function rejectBinding(db: Db, reviewerId: string, unitIds: string[], input: RejectBindingInput) {
  return db.$transaction(async (tx) => {
    const binding = await applyBindingTransition(tx, {
      bindingId: input.bindingId,
      transition: "reject",
      actorId: reviewerId,
      scope: { unitId: { in: unitIds } },
      rejectReason: input.reason,
    });
    await notifyBindingDecided(tx, binding, { approved: false, reason: input.reason });
    return binding;
  });
}
