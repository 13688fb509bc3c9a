import "server-only";
import { roleMessages } from "@/lib/admin/roles/messages";
import { maskIdCard } from "@/lib/mask";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { roleScopeSelect, toRoleView } from "./role-view";

/** One person's active roles with the organisation each is scoped to and who granted it. */
export async function listPersonRoles(db: Db, userId: string) {
  const person = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      idCardNumber: true,
      ssoSubject: true,
      lastSignInAt: true,
      roles: {
        where: { revokedAt: null },
        orderBy: { grantedAt: "asc" },
        select: { ...roleScopeSelect, grantedBy: { select: { name: true } } },
      },
    },
  });
  if (!person) throw new AppError("NOT_FOUND", roleMessages.personNotFound);
  return {
    id: person.id,
    name: person.name,
    idCardMasked: maskIdCard(person.idCardNumber),
    signedIn: person.ssoSubject !== null,
    lastSignInAt: person.lastSignInAt,
    roles: person.roles.map((r) => ({ ...toRoleView(r), grantedByName: r.grantedBy?.name ?? null })),
  };
}
