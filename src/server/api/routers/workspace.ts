import "server-only";
import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import { listCommitteeOverviews } from "@/server/domain/workspace/list-committee-overviews";
import { listDepartmentOverviews } from "@/server/domain/workspace/list-department-overviews";
import { listUnitOverviews } from "@/server/domain/workspace/list-unit-overviews";
import { createTRPCRouter, roleProcedure } from "../trpc";

/** Role workspaces' overviews; each reads only the organisations the caller's roles are scoped to. */
export const workspaceRouter = createTRPCRouter({
  unit: roleProcedure("UNIT_REVIEWER").query(({ ctx }) => listUnitOverviews(ctx.db, ctx.scopes)),
  dept: roleProcedure("DEPT_REVIEWER").query(({ ctx }) => listDepartmentOverviews(ctx.db, ctx.scopes)),
  committee: roleProcedure(COMMITTEE_ROLES).query(({ ctx }) => listCommitteeOverviews(ctx.db, ctx.scopes)),
});
