import "server-only";
import { roleMessages } from "@/lib/admin/roles/messages";
import type { RevokeRoleInput } from "@/lib/admin/roles/role.schema";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../../audit/record-audit";
import { endUserSessions } from "../../identity/end-sessions";
import { roleScopeSelect, toRoleView } from "./role-view";

/**
 * Ends an assignment; the row is kept (revokedAt) as history. An admin may not revoke their own
 * ADMIN role: with that rule the actor always remains an admin, so the system can never be left
 * without one.
 */
export async function revokeRole(db: Db, actorId: string, input: RevokeRoleInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const assignment = await tx.roleAssignment.findUnique({
      where: { id: input.assignmentId },
      select: { ...roleScopeSelect, userId: true, user: { select: { name: true } } },
    });
    if (!assignment) throw new AppError("NOT_FOUND", roleMessages.assignmentNotFound);
    if (assignment.role === "ADMIN" && assignment.userId === actorId) {
      throw new AppError("FORBIDDEN", roleMessages.selfRevokeAdmin);
    }
    // Conditional on still being active, so two admins revoking at once record one revocation.
    const { count } = await tx.roleAssignment.updateMany({
      where: { id: assignment.id, revokedAt: null },
      data: { revokedAt: now, revokedById: actorId },
    });
    if (count === 0) throw new AppError("CONFLICT", roleMessages.alreadyRevoked, { reason: "ALREADY_HANDLED" });
    await endUserSessions(tx, assignment.userId, "ROLE_REVOKED", now);
    const view = toRoleView(assignment);
    await recordAudit(tx, {
      actorId,
      action: "role.revoke",
      entityType: "RoleAssignment",
      entityId: assignment.id,
      detail: { person: assignment.user.name, role: view.role, scope: view.scopeName },
    });
    return view;
  });
}
