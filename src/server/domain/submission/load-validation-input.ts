import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/domain/shared/transaction";
import { loadApplicationContent } from "../application/load-application-content";
import type { ValidationInput } from "./validation-rules";

/**
 * What the validation rules read, for the one application `where` finds (null when none): its
 * saved content, its notice's status and window, and the applicant's approved binding now. Takes
 * the client or 提交's transaction, which has locked the application and the binding first.
 */
export async function loadValidationInput(
  db: Pick<Tx, "application" | "notice" | "unitBinding">,
  where: Prisma.ApplicationWhereInput,
  now: Date,
): Promise<ValidationInput | null> {
  const content = await loadApplicationContent(db, where);
  if (!content) return null;
  const [notice, binding] = await Promise.all([
    db.notice.findUniqueOrThrow({
      where: { id: content.application.notice.id },
      select: { status: true, startsAt: true, endsAt: true },
    }),
    db.unitBinding.findFirst({
      where: { userId: content.applicant.id, status: "APPROVED" },
      select: { unitId: true },
    }),
  ]);
  return { content, notice, binding, now };
}
