import "server-only";
import {
  grantRoleSchema,
  personRolesSchema,
  registerPersonSchema,
  revokeRoleSchema,
  searchPeopleSchema,
} from "@/lib/admin/roles/role.schema";
import { grantRole } from "@/server/domain/admin/roles/grant-role";
import { listPersonRoles } from "@/server/domain/admin/roles/list-person-roles";
import { registerPersonAndGrant } from "@/server/domain/admin/roles/register-person";
import { revokeRole } from "@/server/domain/admin/roles/revoke-role";
import { searchPeople } from "@/server/domain/admin/roles/search-people";
import { adminProcedure, createTRPCRouter } from "../../trpc";

/** 角色管理 */
export const rolesRouter = createTRPCRouter({
  searchPeople: adminProcedure.input(searchPeopleSchema).query(({ ctx, input }) => searchPeople(ctx.db, input)),
  personRoles: adminProcedure.input(personRolesSchema).query(({ ctx, input }) => listPersonRoles(ctx.db, input.userId)),
  grant: adminProcedure.input(grantRoleSchema).mutation(({ ctx, input }) => grantRole(ctx.db, ctx.user.id, input)),
  registerAndGrant: adminProcedure
    .input(registerPersonSchema)
    .mutation(({ ctx, input }) => registerPersonAndGrant(ctx.db, ctx.user.id, input)),
  revoke: adminProcedure.input(revokeRoleSchema).mutation(({ ctx, input }) => revokeRole(ctx.db, ctx.user.id, input)),
});
