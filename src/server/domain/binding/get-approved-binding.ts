import "server-only";
import type { Db } from "@/server/db";

/**
 * The person's approved recommending unit (the precondition for applying), or null.
 * At most one exists: the database allows one active binding per person.
 */
export async function getApprovedBinding(db: Pick<Db, "unitBinding">, userId: string) {
  return db.unitBinding.findFirst({
    where: { userId, status: "APPROVED" },
    select: {
      id: true,
      unitId: true,
      decidedAt: true,
      unit: { select: { id: true, name: true, creditCode: true, department: { select: { id: true, name: true } } } },
    },
  });
}
