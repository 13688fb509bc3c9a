import "server-only";
import { committeeMessages } from "@/lib/admin/committees/messages";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";

/** The committee a form picked, or a message at that field when it no longer exists. */
export async function requireCommittee(tx: Tx, id: string, field = "committeeId") {
  const committee = await tx.reviewCommittee.findUnique({
    where: { id },
    select: { id: true, name: true, series: true },
  });
  if (!committee) throw new AppError("NOT_FOUND", committeeMessages.notFound, { field });
  return committee;
}
