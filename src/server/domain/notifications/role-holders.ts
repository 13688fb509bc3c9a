import "server-only";
import type { RoleKindCode } from "@/lib/dictionaries";
import { roleScopeField } from "@/lib/roles/role-scopes";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";

/** The people who act as `role` for the organisation `scopeId` now (revoked assignments left out). */
export async function roleHolderIds(
  db: Db | Tx,
  role: Exclude<RoleKindCode, "ADMIN">,
  scopeId: string,
): Promise<string[]> {
  const field = roleScopeField[role];
  if (!field) return [];
  const holders = await db.roleAssignment.findMany({
    where: { role, revokedAt: null, [field]: scopeId },
    select: { userId: true },
  });
  return holders.map((h) => h.userId);
}
