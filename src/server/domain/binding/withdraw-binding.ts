import "server-only";
import type { Db } from "@/server/db";
import { applyBindingTransition } from "./apply-binding-transition";

/** 撤回申请: the applicant takes back a request the unit has not decided yet. */
export async function withdrawBinding(db: Db, userId: string, bindingId: string) {
  return db.$transaction((tx) =>
    applyBindingTransition(tx, { bindingId, transition: "withdraw", actorId: userId, scope: { userId } }),
  );
}
