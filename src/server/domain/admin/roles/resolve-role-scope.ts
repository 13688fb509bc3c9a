import "server-only";
import type { RoleScopeInput } from "@/lib/admin/roles/role.schema";
import { roleScopeField, type ScopeField } from "@/lib/roles/role-scopes";
import type { Tx } from "@/server/domain/shared/transaction";
import { requireCommittee } from "../committees/require-committee";
import { requireDepartment } from "../departments/require-department";
import { requireUnit } from "../units/require-unit";

/** The organisation a form picked for each scope column, or a message at that field when it is gone. */
const requireOrganisation: Record<ScopeField, (tx: Tx, id: string) => Promise<{ id: string; name: string }>> = {
  unitId: requireUnit,
  departmentId: requireDepartment,
  committeeId: requireCommittee,
};

/**
 * The scope columns for a new assignment: only the column the role names is set, and scopeKey
 * repeats it ('' for ADMIN) so the one-active-assignment index can compare it.
 */
export async function resolveRoleScope(tx: Tx, scope: RoleScopeInput) {
  const none: Record<ScopeField, string | null> = { unitId: null, departmentId: null, committeeId: null };
  const field = roleScopeField[scope.role];
  if (!field) return { columns: none, scopeKey: "", scopeName: null };
  const organisation = await requireOrganisation[field](tx, scope[field]);
  return {
    columns: { ...none, [field]: organisation.id },
    scopeKey: organisation.id,
    scopeName: organisation.name,
  };
}
