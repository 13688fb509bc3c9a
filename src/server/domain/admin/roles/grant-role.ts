import "server-only";
import { roleMessages } from "@/lib/admin/roles/messages";
import type { GrantRoleInput, RoleScopeInput } from "@/lib/admin/roles/role.schema";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";
import { explainUniqueViolation } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { recordAudit } from "../../audit/record-audit";
import { resolveRoleScope } from "./resolve-role-scope";

/** The partial unique index role_assignment_one_active refuses a second active grant of the same role and scope. */
export const roleTaken = {
  model: "RoleAssignment",
  column: "scopeKey",
  index: "role_assignment_one_active",
  field: "role",
  message: roleMessages.roleTaken,
} as const;

export async function grantRole(db: Db, actorId: string, input: GrantRoleInput) {
  return explainUniqueViolation(
    db.$transaction(async (tx) => {
      const person = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true } });
      if (!person) throw new AppError("NOT_FOUND", roleMessages.personNotFound, { field: "userId" });
      return insertRoleAssignment(tx, actorId, person, input);
    }),
    roleTaken,
  );
}

/** Creates the assignment and its audit entry inside the caller's transaction. */
export async function insertRoleAssignment(
  tx: Tx,
  actorId: string,
  person: { id: string; name: string },
  scope: RoleScopeInput,
) {
  const resolved = await resolveRoleScope(tx, scope);
  const assignment = await tx.roleAssignment.create({
    data: {
      userId: person.id,
      role: scope.role,
      scopeKey: resolved.scopeKey,
      ...resolved.columns,
      grantedById: actorId,
    },
    select: { id: true, role: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "role.grant",
    entityType: "RoleAssignment",
    entityId: assignment.id,
    detail: { person: person.name, role: assignment.role, scope: resolved.scopeName },
  });
  return { id: assignment.id, role: assignment.role, scopeName: resolved.scopeName };
}
