import "server-only";
import { unitMessages } from "@/lib/admin/units/messages";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";

/** The unit a form picked, or a message at that field when it no longer exists. */
export async function requireUnit(tx: Tx, id: string, field = "unitId") {
  const unit = await tx.unit.findUnique({ where: { id }, select: { id: true, name: true } });
  if (!unit) throw new AppError("NOT_FOUND", unitMessages.notFound, { field });
  return unit;
}
