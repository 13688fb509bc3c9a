import "server-only";
import { bindingMessages } from "@/lib/binding/messages";
import { scopeIdsOf } from "@/lib/roles/role-scopes";
import type { ActiveRole } from "@/server/auth/session-user";
import { AppError } from "@/server/errors";

/**
 * The units a reviewer's roles let them act for, narrowed to `unitId` when the screen picked one.
 * Every unit-review query filters by this list, never by a unit id taken from the client alone;
 * a unit outside it is reported as not found, like a binding outside it.
 */
export function reviewerUnitIds(scopes: ActiveRole[], unitId?: string): string[] {
  const ids = scopeIdsOf(scopes, "UNIT_REVIEWER");
  if (unitId === undefined) return ids;
  if (!ids.includes(unitId)) throw new AppError("NOT_FOUND", bindingMessages.unitNotInScope, { field: "unitId" });
  return [unitId];
}
