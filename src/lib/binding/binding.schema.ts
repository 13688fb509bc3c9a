import { z } from "zod";
import { pageFields, searchField } from "@/lib/pagination";
import { creditCodeMessages } from "@/lib/validation/credit-code";
import { creditCodeField } from "@/lib/validation/credit-code-schema";
import { recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";
import { bindingMessages as m } from "./messages";

/** The 查询 form, checked in the browser before any request. */
export const creditCodeSearchSchema = z.object({ creditCode: creditCodeField });

/**
 * Input of binding.lookup and binding.request: the text as typed. The server runs creditCodeField
 * itself (parse-credit-code.ts) so a refusal carries the rule's own message rather than zod's summary.
 */
export const creditCodeInputSchema = z.object({ creditCode: safeText().max(64, creditCodeMessages.length) });

/**
 * 按单位全称查询: the unit's full registered name, matched exactly (never in part), so the unit
 * directory cannot be listed through it. Inner spaces are dropped: names hold none.
 */
export const unitNameField = safeText(m.unitNameRequired)
  .trim()
  .min(1, { error: m.unitNameRequired, abort: true })
  .max(100, m.unitNameTooLong)
  .transform((v) => v.replace(/\s+/g, ""));

export const unitNameSearchSchema = z.object({ name: unitNameField });

export const bindingIdSchema = z.object({ bindingId: recordId() });

export const bindingHistorySchema = z.object({ ...pageFields });

/** 驳回理由: shown to the applicant in their 绑定记录, so it must say something. */
export const rejectReasonField = safeText(m.rejectReasonRequired)
  .trim()
  .min(1, { error: m.rejectReasonRequired, abort: true })
  .min(2, m.rejectReasonTooShort)
  .max(200, m.rejectReasonTooLong);

export const rejectBindingSchema = z.object({ bindingId: recordId(), reason: rejectReasonField });
export const rejectReasonFormSchema = rejectBindingSchema.pick({ reason: true });

/** A reviewer's lists: one of their units, or all of them when `unitId` is absent. */
const unitFilter = { unitId: recordId().optional() };

export const pendingBindingsSchema = z.object({ ...unitFilter, ...pageFields });

/** `q` matches a member's name, or their full 身份证号. */
export const unitMembersSchema = z.object({ ...unitFilter, ...pageFields, q: searchField });

export type BindingHistoryInput = z.output<typeof bindingHistorySchema>;
export type RejectBindingInput = z.output<typeof rejectBindingSchema>;
export type UnitMembersInput = z.output<typeof unitMembersSchema>;
