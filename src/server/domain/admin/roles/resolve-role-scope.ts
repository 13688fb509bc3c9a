import "server-only";
import type { Tx } from "@/server/domain/shared/transaction";
import { requireCommittee } from "../committees/require-committee";
import { requireDepartment } from "../departments/require-department";
import { requireUnit } from "../units/require-unit";
import type { RoleScopeInput } from "./role.schema";

/**
 * The scope columns for a new assignment: only the column the role names is set, and scopeKey
 * repeats it ('' for ADMIN) so the one-active-assignment index can compare it.
 */
export async function resolveRoleScope(tx: Tx, scope: RoleScopeInput) {
  const none = { unitId: null, departmentId: null, committeeId: null };
  switch (scope.role) {
    case "UNIT_REVIEWER": {
      const unit = await requireUnit(tx, scope.unitId);
      return { columns: { ...none, unitId: unit.id }, scopeKey: unit.id, scopeName: unit.name };
    }
    case "DEPT_REVIEWER": {
      const department = await requireDepartment(tx, scope.departmentId);
      return { columns: { ...none, departmentId: department.id }, scopeKey: department.id, scopeName: department.name };
    }
    case "COMMITTEE_MEMBER": {
      const committee = await requireCommittee(tx, scope.committeeId);
      return { columns: { ...none, committeeId: committee.id }, scopeKey: committee.id, scopeName: committee.name };
    }
    case "ADMIN":
      return { columns: none, scopeKey: "", scopeName: null };
  }
}
