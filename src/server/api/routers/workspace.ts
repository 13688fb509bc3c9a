import "server-only";
import { createTRPCRouter, roleProcedure } from "../trpc";

/** Role workspaces' overviews; each reads only the organisations the caller's roles are scoped to. */
export const workspaceRouter = createTRPCRouter({
  unit: roleProcedure("UNIT_REVIEWER").query(({ ctx }) =>
    ctx.db.unit.findMany({
      where: { id: { in: ctx.scopes.map((s) => s.unitId!) } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        creditCode: true,
        department: { select: { name: true } },
        roles: { where: { revokedAt: null }, select: { user: { select: { name: true } } } },
      },
    }),
  ),
  dept: roleProcedure("DEPT_REVIEWER").query(({ ctx }) =>
    ctx.db.department.findMany({
      where: { id: { in: ctx.scopes.map((s) => s.departmentId!) } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        _count: { select: { units: true } },
        notices: {
          orderBy: { createdAt: "desc" },
          take: 20,
          select: { id: true, title: true, status: true, startsAt: true, endsAt: true },
        },
      },
    }),
  ),
  committee: roleProcedure("COMMITTEE_MEMBER").query(({ ctx }) =>
    ctx.db.reviewCommittee.findMany({
      where: { id: { in: ctx.scopes.map((s) => s.committeeId!) } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        series: true,
        department: { select: { name: true } },
        notices: {
          where: { status: { not: "DRAFT" } },
          orderBy: { endsAt: "desc" },
          take: 20,
          select: { id: true, title: true, status: true, startsAt: true, endsAt: true },
        },
      },
    }),
  ),
});
