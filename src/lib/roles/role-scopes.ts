import type { RoleKindCode } from "@/lib/dictionaries";

/** A RoleAssignment column (and the grant form's field) naming the organisation a role acts for. */
export type ScopeField = "unitId" | "departmentId" | "committeeId";

/**
 * The organisation behind each scope column: the relation that loads it (RoleAssignment.unit …)
 * and what the grant form says when none was picked.
 */
export const organisationScopes = {
  unitId: { relation: "unit", required: "请选择推荐单位" },
  departmentId: { relation: "department", required: "请选择主管部门" },
  committeeId: { relation: "committee", required: "请选择评委会" },
} as const satisfies Record<ScopeField, { relation: string; required: string }>;

/**
 * The organisation each role is scoped to; ADMIN is global. The only place this is written: the
 * grant form and its schema, granting, the workspaces and every reviewer query read it. The
 * database's role_assignment_scope CHECK constraint holds the same rule.
 */
export const roleScopeField: Record<RoleKindCode, ScopeField | null> = {
  UNIT_REVIEWER: "unitId",
  DEPT_REVIEWER: "departmentId",
  COMMITTEE_MEMBER: "committeeId",
  COMMITTEE_CHAIR: "committeeId",
  ADMIN: null,
};

/** A held role with its scope columns, as RoleAssignment rows and the session's roles carry them. */
export type ScopedRole = { role: RoleKindCode } & Record<ScopeField, string | null>;

/** The organisation a held role is scoped to; null for ADMIN. */
export function scopeIdOf(held: ScopedRole): string | null {
  const field = roleScopeField[held.role];
  return field ? held[field] : null;
}

/** The organisations that `roles` let their holder act for as `role`. */
export function scopeIdsOf(roles: readonly ScopedRole[], role: RoleKindCode): string[] {
  return roles.flatMap((held) => {
    const id = held.role === role ? scopeIdOf(held) : null;
    return id ? [id] : [];
  });
}
