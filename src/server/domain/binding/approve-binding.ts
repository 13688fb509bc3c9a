import "server-only";
import type { Db } from "@/server/db";
import { applyBindingTransition } from "./apply-binding-transition";

/** 通过: a reviewer of the unit accepts the request; the applicant may then apply through this unit. */
export async function approveBinding(db: Db, reviewerId: string, unitIds: string[], bindingId: string) {
  return db.$transaction((tx) =>
    applyBindingTransition(tx, {
      bindingId,
      transition: "approve",
      actorId: reviewerId,
      scope: { unitId: { in: unitIds } },
    }),
  );
}
