import { z } from "zod";
import { pageFields } from "@/lib/pagination";
import { recordId } from "@/lib/validation/record-id";
import { safeText } from "@/lib/validation/text";
import { publicityMessages as m } from "./messages";

/** 公示期: at least five working days (《职称评审管理暂行规定》). */
export const PUBLICITY_WORKING_DAYS = 5;

/** The public 公示 page (no sign-in). */
export const PUBLICITY_PAGE = "/publicity";

/** Where a committee's chair settles objections and runs 终审通过. */
export const CHAIR_PUBLICITY_PAGE = "/committee/publicity";

/** 异议 status, codes of the ObjectionStatus database enum. */
export type ObjectionStatusCode = "PENDING" | "UPHELD" | "REJECTED";

export const publishResultsInput = z.object({ meetingId: recordId() });
export const publicListInput = z.object({ ...pageFields });

export const fileObjectionInput = z.object({
  publicityId: recordId(),
  text: safeText(m.objectionRequired).trim().min(1, m.objectionRequired).max(1000, m.objectionTooLong),
});

export const decideObjectionInput = z.object({
  objectionId: recordId(),
  upheld: z.boolean(),
  finding: safeText(m.findingRequired).trim().min(1, m.findingRequired).max(500, m.findingTooLong),
});

export type FileObjectionInput = z.output<typeof fileObjectionInput>;
export type DecideObjectionInput = z.output<typeof decideObjectionInput>;

/** One row of the public 公示 page: the person's public data only — no 身份证号, no mobile. */
export type PublicityEntryView = {
  id: string;
  applicantName: string;
  unitName: string;
  series: string;
  appliedTitle: string;
  appliedLevel: string;
  meetingName: string;
  /** Calendar dates (YYYY-MM-DD), shown as dates. */
  startsOn: string;
  endsOn: string;
};
