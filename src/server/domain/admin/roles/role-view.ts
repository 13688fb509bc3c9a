import "server-only";
import type { RoleKindCode } from "@/lib/dictionaries";
import { organisationScopes, roleScopeField } from "@/lib/roles/role-scopes";

/** What a role row needs to show "推荐单位审核人 · 某某公司": selected once, mapped once. */
export const roleScopeSelect = {
  id: true,
  role: true,
  grantedAt: true,
  unit: { select: { name: true } },
  department: { select: { name: true } },
  committee: { select: { name: true } },
} as const;

type RoleRow = {
  id: string;
  role: RoleKindCode;
  grantedAt: Date;
  unit: { name: string } | null;
  department: { name: string } | null;
  committee: { name: string } | null;
};

export function toRoleView(r: RoleRow) {
  const field = roleScopeField[r.role];
  return {
    id: r.id,
    role: r.role,
    grantedAt: r.grantedAt,
    scopeName: field ? (r[organisationScopes[field].relation]?.name ?? null) : null,
  };
}
