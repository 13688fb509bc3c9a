import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import type { RoleKindCode } from "@/lib/dictionaries";

/** The role workspaces and the roles that open each (any of them); pages enforce the same roles on the server. */
export const workspaces: { href: string; label: string; roles: readonly RoleKindCode[] }[] = [
  { href: "/unit", label: "单位工作台", roles: ["UNIT_REVIEWER"] },
  { href: "/dept", label: "部门工作台", roles: ["DEPT_REVIEWER"] },
  { href: "/committee", label: "评委会工作台", roles: COMMITTEE_ROLES },
  { href: "/admin", label: "管理后台", roles: ["ADMIN"] },
];

/** The workspace a holder of `role` works in. */
export function workspaceOf(role: RoleKindCode) {
  return workspaces.find((w) => w.roles.includes(role));
}

/** The workspaces a person's active roles open (the signed-in user, read on the server). */
export function workspacesFor(user: { roles: readonly { role: RoleKindCode }[] }) {
  return workspaces.filter((w) => user.roles.some((r) => w.roles.includes(r.role)));
}
