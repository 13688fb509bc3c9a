import "server-only";
import { bindingMessages } from "@/lib/binding/messages";
import { creditCodeField } from "@/lib/validation/credit-code-schema";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { unitWithReviewersSelect, withReviewerState } from "./unit-summary";

/**
 * The registered unit with the credit code the applicant typed, and whether it has a reviewer.
 * The code is checked first with the form's own rule, so the server names the same problem the
 * browser would have shown at the field.
 */
export async function findUnitByCreditCode(db: Tx, rawCreditCode: string) {
  const parsed = creditCodeField.safeParse(rawCreditCode);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]!.message, { field: "creditCode" });
  const unit = await db.unit.findUnique({ where: { creditCode: parsed.data }, select: unitWithReviewersSelect });
  if (!unit) throw new AppError("NOT_FOUND", bindingMessages.unitNotFound, { field: "creditCode" });
  return withReviewerState(unit);
}
