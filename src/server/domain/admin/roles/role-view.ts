import "server-only";

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
  role: string;
  grantedAt: Date;
  unit: { name: string } | null;
  department: { name: string } | null;
  committee: { name: string } | null;
};

export function toRoleView(r: RoleRow) {
  return {
    id: r.id,
    role: r.role,
    grantedAt: r.grantedAt,
    scopeName: r.unit?.name ?? r.department?.name ?? r.committee?.name ?? null,
  };
}
