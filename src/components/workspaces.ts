import type { RoleKindCode } from "@/lib/dictionaries";

/** The role workspaces and the role each requires; pages enforce the same roles on the server. */
export const workspaces: { href: string; label: string; role: RoleKindCode }[] = [
  { href: "/unit", label: "单位工作台", role: "UNIT_REVIEWER" },
  { href: "/dept", label: "部门工作台", role: "DEPT_REVIEWER" },
  { href: "/committee", label: "评委会工作台", role: "COMMITTEE_MEMBER" },
  { href: "/admin", label: "管理后台", role: "ADMIN" },
];

/** The workspaces a person's active roles open (the signed-in user, read on the server). */
export function workspacesFor(user: { roles: readonly { role: RoleKindCode }[] }) {
  return workspaces.filter((w) => user.roles.some((r) => r.role === w.role));
}
