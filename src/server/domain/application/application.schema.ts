import "server-only";
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";
import { applicationMessages as m } from "./messages";

export const startApplicationSchema = z.object({
  noticeId: recordId(),
  /** 条件自检: the applicant ticked that they have read the notes and meet the conditions. */
  conditionsConfirmed: z.literal(true, { error: m.conditionsRequired }),
});

export const myApplicationsSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(50).default(10),
});

export const applicationIdSchema = z.object({ id: recordId() });

export type StartApplicationInput = z.output<typeof startApplicationSchema>;
export type MyApplicationsInput = z.output<typeof myApplicationsSchema>;
