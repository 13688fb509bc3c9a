import { z } from "zod";
import { submissionMessages as m } from "./messages";

const applicationId = z.uuid("参数无效");

export const validationInput = z.object({ applicationId });

/** 提交: the 承诺 is part of the request, so the server refuses a submission without it. */
export const submitInput = z.object({
  applicationId,
  promise: z.literal(true, { error: m.promiseRequired }),
});

export const progressInput = z.object({ applicationId });

export type SubmitInput = z.output<typeof submitInput>;

/** What 提交 answers. */
export type SubmitResult = { submissionId: string; sequence: number; submittedAt: Date; noticeTitle: string };
