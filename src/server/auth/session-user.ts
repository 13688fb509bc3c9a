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

const personSelect = {
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
} as const;

type PersonRow = NonNullable<Awaited<ReturnType<typeof loadPerson>>>;

const loadPerson = (db: Db, userId: string) => db.user.findUnique({ where: { id: userId }, select: personSelect });

function toSessionUser(user: PersonRow): SessionUser {
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

/** Loads the person and their active roles in one query; roles are read fresh on every request. */
export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  const user = await loadPerson(db, userId);
  return user ? toSessionUser(user) : null;
}

/**
 * The person signed in by session `sessionId`, with active roles, in the same single query: null
 * when the session was ended (安全退出, back-channel logout, a role revoked), is older than
 * `maxHours` however active it was, or never existed. Because this runs on every request against
 * the shared database, ending a session takes effect at once on every app process.
 */
export async function loadSessionUserBySession(
  db: Db,
  sessionId: string,
  maxHours: number,
  now = new Date(),
): Promise<SessionUser | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId, revokedAt: null, createdAt: { gt: new Date(now.getTime() - maxHours * 60 * 60 * 1000) } },
    select: { user: { select: personSelect } },
  });
  return session ? toSessionUser(session.user) : null;
}

export function rolesOf(user: SessionUser | null, role: RoleKindCode): ActiveRole[] {
  return user ? user.roles.filter((r) => r.role === role) : [];
}
