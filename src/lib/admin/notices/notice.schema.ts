import { z } from "zod";
import { fromShanghaiLocalInput } from "@/lib/datetime";
import { codes, noticeStatuses, titleLevels } from "@/lib/dictionaries";
import { pageFields, searchField } from "@/lib/pagination";
import { chosenId, recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";
import { seriesField } from "../committees/committee.schema";
import { committeeMessages } from "../committees/messages";
import { departmentIdField } from "../departments/department.schema";
import { noticeMessages as m } from "./messages";

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A `datetime-local` value (YYYY-MM-DDTHH:mm), read as Asia/Shanghai wall-clock time. */
const shanghaiDateTime = (required: string) =>
  z
    .string()
    .min(1, { error: required, abort: true })
    .regex(LOCAL_DATE_TIME, { error: m.dateTimeInvalid, abort: true })
    .refine((v) => !Number.isNaN(fromShanghaiLocalInput(v).getTime()), m.dateTimeInvalid);

const noticeFields = z.object({
  title: safeText(m.titleRequired).trim().min(1, m.titleRequired).max(100, m.titleTooLong),
  /** 申报注意事项 */
  body: safeText(m.bodyRequired).trim().min(1, m.bodyRequired).max(10000, m.bodyTooLong),
  series: seriesField,
  levels: z
    .array(z.enum(codes(titleLevels)), { error: m.levelsRequired })
    .min(1, m.levelsRequired)
    .transform((levels) => [...new Set(levels)]),
  departmentId: departmentIdField,
  committeeId: chosenId(committeeMessages.committeeRequired),
  startsAt: shanghaiDateTime(m.startsAtRequired),
  endsAt: shanghaiDateTime(m.endsAtRequired),
});

/** Same-format local strings compare in time order, so the window check needs no parsing. */
function windowInOrder(value: { startsAt: string; endsAt: string }, ctx: z.RefinementCtx) {
  const bothGiven = LOCAL_DATE_TIME.test(value.startsAt) && LOCAL_DATE_TIME.test(value.endsAt);
  if (bothGiven && value.endsAt <= value.startsAt)
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: m.windowOrder });
}

export const createNoticeSchema = noticeFields.superRefine(windowInOrder);
export const updateNoticeSchema = noticeFields.extend({ id: recordId() }).superRefine(windowInOrder);
export const noticeIdSchema = z.object({ id: recordId() });
export const listNoticesSchema = z.object({
  ...pageFields,
  q: searchField,
  status: z.enum(codes(noticeStatuses)).optional(),
});

export type NoticeFormValues = z.input<typeof createNoticeSchema>;
export type CreateNoticeInput = z.output<typeof createNoticeSchema>;
export type UpdateNoticeInput = z.output<typeof updateNoticeSchema>;
export type ListNoticesInput = z.output<typeof listNoticesSchema>;
