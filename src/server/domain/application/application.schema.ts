import "server-only";
import { z } from "zod";
import { applicationMessages as m } from "./messages";

export const startApplicationSchema = z.object({
  noticeId: z.string().min(1),
  /** 条件自检: the applicant ticked that they have read the notes and meet the conditions. */
  conditionsConfirmed: z.literal(true, { error: m.conditionsRequired }),
});

export const myApplicationsSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(50).default(10),
});

export const applicationIdSchema = z.object({ id: z.string().min(1) });

export type StartApplicationInput = z.output<typeof startApplicationSchema>;
export type MyApplicationsInput = z.output<typeof myApplicationsSchema>;
