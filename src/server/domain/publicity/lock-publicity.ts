import "server-only";
import type { Tx } from "@/server/domain/shared/transaction";

/**
 * Takes the row lock of an application still in 公示, or returns false when it is not (any more).
 * Filing an objection and 终审通过 both take it first, so they run one after the other: an
 * objection filed in the last minute of the period either commits before the approval looks for
 * objections, or finds the application approved and is refused — never an approval that missed it.
 */
export async function lockApplicationInPublicity(tx: Tx, applicationId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Application"
    WHERE id = ${applicationId} AND status = 'SUBMITTED' AND stage = 'PUBLICITY'
    FOR UPDATE`;
  return rows.length === 1;
}
