import { z } from "zod";
import { pageFields, searchTooLong } from "@/lib/pagination";
import { safeText } from "@/lib/validation/text";
import { auditMessages as m } from "./messages";

/** A `date` input value (YYYY-MM-DD), a calendar day in Asia/Shanghai; blank means no bound. */
const day = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, m.dateInvalid)
  .optional()
  .transform((v) => v || undefined);

const optionalText = safeText()
  .trim()
  .max(100, searchTooLong)
  .optional()
  .transform((v) => v || undefined);

const filterFields = { action: optionalText, entityType: optionalText, from: day, to: day };

function datesInOrder(value: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (value.from && value.to && value.to < value.from)
    ctx.addIssue({ code: "custom", path: ["to"], message: m.dateOrder });
}

/** The filter form on the audit page. */
export const auditFiltersSchema = z.object(filterFields).superRefine(datesInOrder);

export const listAuditLogSchema = z.object({ ...pageFields, ...filterFields }).superRefine(datesInOrder);

export type AuditFilters = z.input<typeof auditFiltersSchema>;
export type ListAuditLogInput = z.output<typeof listAuditLogSchema>;
