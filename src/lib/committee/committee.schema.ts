import { z } from "zod";
import { codes, titleSeries } from "@/lib/dictionaries";
import { optionalChosenId, recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";
import { committeeMessages as m } from "./messages";

/**
 * The inputs of the expert pool (评审专家库) and the review meetings (评审会议), validated here with
 * the Chinese message at the field. Browser-safe: the pages import them, the committee router
 * (src/server/api/routers/committee.ts) implements them.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isCalendarDate = (value: string) => {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
};

/** A calendar day as YYYY-MM-DD (stored as a DATE). */
const day = (label: string) =>
  z
    .string({ message: `请选择${label}` })
    .min(1, `请选择${label}`)
    .refine((v) => DATE.test(v) && isCalendarDate(v) && v >= "2000-01-01" && v <= "2099-12-31", `${label}格式不正确`);

const text = (label: string, max: number) =>
  safeText(`请填写${label}`).trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);

const seriesField = z.enum(codes(titleSeries), { error: "请选择职称系列" });

const expertFields = {
  specialtySeries: seriesField,
  specialty: text("专业", 30),
  currentTitle: text("现任职称", 30),
  /** A registered unit ("" when the work unit is not one): its applications are recused automatically. */
  workUnitId: optionalChosenId(),
  /** 工作单位 as typed; ignored (the Unit's name is used) when workUnitId names a unit. */
  workUnitName: safeText().trim().max(60, "工作单位不能超过60个字").default(""),
  termStart: day("聘期开始日期"),
  termEnd: day("聘期结束日期"),
};

const termInOrder = (v: { termStart: string; termEnd: string }, ctx: z.RefinementCtx) => {
  if (v.termEnd < v.termStart) ctx.addIssue({ code: "custom", path: ["termEnd"], message: m.termOrder });
};

const workUnitGiven = (v: { workUnitId: string; workUnitName: string }, ctx: z.RefinementCtx) => {
  if (!v.workUnitId && !v.workUnitName)
    ctx.addIssue({ code: "custom", path: ["workUnitName"], message: "请选择或填写工作单位" });
};

export const committeeIdInput = z.object({ committeeId: recordId() });

export const expertCandidatesInput = z.object({ committeeId: recordId() });

export const createExpertInput = z
  .object({ committeeId: recordId(), userId: recordId(), ...expertFields })
  .superRefine(termInOrder)
  .superRefine(workUnitGiven);

export const updateExpertInput = z
  .object({ expertId: recordId(), ...expertFields })
  .superRefine(termInOrder)
  .superRefine(workUnitGiven);

export const setExpertActiveInput = z.object({ expertId: recordId(), active: z.boolean() });

export const createMeetingInput = z.object({
  committeeId: recordId(),
  noticeId: recordId(),
  name: text("会议名称", 60),
  date: day("会议日期"),
  place: text("会议地点", 60),
});

export const meetingIdInput = z.object({ meetingId: recordId() });

/** The most applications one request assigns: a page of the assignable list. */
export const ASSIGN_MAX = 200;

export const assignApplicationsInput = z.object({
  meetingId: recordId(),
  applicationIds: z
    .array(recordId())
    .min(1, "请至少选择一条申报")
    .max(ASSIGN_MAX, `一次最多分配${ASSIGN_MAX}条申报`)
    .transform((ids) => [...new Set(ids)]),
});

export const meetingApplicationInput = z.object({ meetingId: recordId(), applicationId: recordId() });

/** The largest panel a draw takes (a committee's sitting, not the whole pool). */
export const PANEL_MAX = 50;

export const drawPanelInput = z.object({
  meetingId: recordId(),
  panelSize: z
    .number({ message: "请填写抽取人数" })
    .int("抽取人数须为整数")
    .min(1, "抽取人数至少为1人")
    .max(PANEL_MAX, `抽取人数不能超过${PANEL_MAX}人`),
  /** Only experts of this 职称系列 ("" for any). */
  specialtySeries: z.union([z.literal(""), seriesField]).default(""),
  /** Only experts whose 专业 is one of these (none for any). */
  specialties: z
    .array(text("专业", 30))
    .max(20, "专业最多选择20个")
    .default([])
    .transform((list) => [...new Set(list)]),
});

export const declineExpertInput = z.object({
  meetingId: recordId(),
  meetingExpertId: recordId(),
  reason: text("谢绝原因", 200),
});

export const markAttendanceInput = z.object({
  meetingId: recordId(),
  meetingExpertId: recordId(),
  present: z.boolean(),
});

export const declareRecusalInput = z.object({
  meetingId: recordId(),
  applicationId: recordId(),
  reason: text("回避理由", 200),
});

export type CreateExpertInput = z.output<typeof createExpertInput>;
export type UpdateExpertInput = z.output<typeof updateExpertInput>;
export type SetExpertActiveInput = z.output<typeof setExpertActiveInput>;
export type CreateMeetingInput = z.output<typeof createMeetingInput>;
export type AssignApplicationsInput = z.output<typeof assignApplicationsInput>;
export type DrawPanelInput = z.output<typeof drawPanelInput>;
export type DeclineExpertInput = z.output<typeof declineExpertInput>;
export type MarkAttendanceInput = z.output<typeof markAttendanceInput>;
export type DeclareRecusalInput = z.output<typeof declareRecusalInput>;
export type MeetingApplicationInput = z.output<typeof meetingApplicationInput>;
