import "server-only";
import type { RoleKindCode } from "@/lib/dictionaries";
import type { Db } from "@/server/db";

/** A role the signed-in person currently holds, with the organisation it is scoped to. */
export type ActiveRole = {
  role: RoleKindCode;
  unitId: string | null;
  departmentId: string | null;
  committeeId: string | null;
  /** Name of the unit, department or committee, for display. */
  scopeName: string | null;
};

export type SessionUser = {
  id: string;
  name: string;
  idCardNumber: string | null;
  mobile: string | null;
  roles: ActiveRole[];
};

/** Loads the person and their active roles in one query; roles are read fresh on every request. */
export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      idCardNumber: true,
      mobile: true,
      roles: {
        where: { revokedAt: null },
        orderBy: { grantedAt: "asc" },
        select: {
          role: true,
          unitId: true,
          departmentId: true,
          committeeId: true,
          unit: { select: { name: true } },
          department: { select: { name: true } },
          committee: { select: { name: true } },
        },
      },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    idCardNumber: user.idCardNumber,
    mobile: user.mobile,
    roles: user.roles.map((r) => ({
      role: r.role,
      unitId: r.unitId,
      departmentId: r.departmentId,
      committeeId: r.committeeId,
      scopeName: r.unit?.name ?? r.department?.name ?? r.committee?.name ?? null,
    })),
  };
}

export function rolesOf(user: SessionUser | null, role: RoleKindCode): ActiveRole[] {
  return user ? user.roles.filter((r) => r.role === role) : [];
}
