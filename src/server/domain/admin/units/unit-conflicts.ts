import "server-only";
import { unitMessages } from "@/lib/admin/units/messages";

/** The credit code identifies a unit: a second unit with the same code is refused at that field. */
export const creditCodeTaken = {
  model: "Unit",
  column: "creditCode",
  index: "Unit_creditCode_key",
  field: "creditCode",
  message: unitMessages.creditCodeTaken,
} as const;
