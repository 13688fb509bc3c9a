import "server-only";
import { roleMessages } from "@/lib/admin/roles/messages";
import type { RegisterPersonInput } from "@/lib/admin/roles/role.schema";
import { maskIdCard } from "@/lib/mask";
import type { Db } from "@/server/db";
import { explainUniqueViolation } from "@/server/domain/shared/unique-violation";
import { recordAudit } from "../../audit/record-audit";
import { insertRoleAssignment, roleTaken } from "./grant-role";

/**
 * Registers someone who has not signed in yet (ssoSubject stays null) and grants the role in the
 * same transaction. Their first sign-in links the platform account by 身份证号, so the role
 * takes effect then without another step.
 */
export async function registerPersonAndGrant(db: Db, actorId: string, input: RegisterPersonInput) {
  return explainUniqueViolation(
    db.$transaction(async (tx) => {
      const person = await tx.user.create({
        data: { name: input.name, idCardNumber: input.idCardNumber },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        actorId,
        action: "user.preRegister",
        entityType: "User",
        entityId: person.id,
        detail: { name: person.name, idCardNumber: maskIdCard(input.idCardNumber) },
      });
      const role = await insertRoleAssignment(tx, actorId, person, input);
      return { person, role };
    }),
    {
      model: "User",
      column: "idCardNumber",
      index: "User_idCardNumber_key",
      field: "idCardNumber",
      message: roleMessages.idCardTaken,
    },
    roleTaken,
  );
}
