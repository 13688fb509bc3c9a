import type { DictionaryItem } from "@/lib/dictionaries";

/**
 * The review meeting's vocabulary, shared by the pages and the server: the codes of the
 * MeetingStatus, MeetingExpertStatus and MeetingResult database enums with their Chinese labels,
 * and the two-thirds rules of 《职称评审管理暂行规定》.
 */

/** 评审会议 status, in the order a meeting goes through them. */
export const meetingStatuses = [
  { code: "DRAFT", label: "筹备中" },
  { code: "PANEL_DRAWN", label: "已抽取专家" },
  { code: "VOTING", label: "投票中" },
  { code: "CLOSED", label: "投票已结束" },
  { code: "PUBLISHED", label: "结果已公布" },
] as const satisfies readonly DictionaryItem[];

export type MeetingStatusCode = (typeof meetingStatuses)[number]["code"];

export const meetingExpertStatuses = [
  { code: "DRAWN", label: "已抽取" },
  { code: "DECLINED", label: "已谢绝" },
] as const satisfies readonly DictionaryItem[];

export type MeetingExpertStatusCode = (typeof meetingExpertStatuses)[number]["code"];

export const meetingResults = [
  { code: "PASSED", label: "通过" },
  { code: "FAILED", label: "未通过" },
] as const satisfies readonly DictionaryItem[];

export type MeetingResultCode = (typeof meetingResults)[number]["code"];

/** ⌈2/3 × n⌉ in integers (no floating point at the edge). */
export function twoThirdsOf(n: number): number {
  return Math.floor((2 * n + 2) / 3);
}

/**
 * 出席法定人数: voting opens only when at least ⌈2/3⌉ of the panel (its non-declined experts) are
 * present.
 */
export function quorumOf(panelSize: number): number {
  return twoThirdsOf(panelSize);
}

/**
 * 通过 needs 同意 from at least ⌈2/3⌉ of the experts present and not recused from that
 * application (presentEligible).
 */
export function passThresholdOf(presentEligible: number): number {
  return twoThirdsOf(presentEligible);
}
