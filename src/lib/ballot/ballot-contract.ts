import { z } from "zod";
import type { TitleLevelCode } from "@/lib/dictionaries";
import { recordId } from "@/lib/validation/record-id";
import type { Tally } from "./threshold";

/**
 * The contract between the committee's ballot pages and the ballot procedures
 * (src/server/api/routers/ballot.ts): inputs, validated with the Chinese message, and what they
 * return. Browser-safe: the pages import it, the server implements it.
 */

/** 表决意见, codes matching the BallotChoice database enum. */
export const ballotChoices = [
  { code: "AGREE", label: "同意" },
  { code: "DISAGREE", label: "不同意" },
  { code: "ABSTAIN", label: "弃权" },
] as const;

export type BallotChoiceCode = (typeof ballotChoices)[number]["code"];

export const ballotInputMessages = { choiceRequired: "请选择同意、不同意或弃权" } as const;

const choice = z.enum(["AGREE", "DISAGREE", "ABSTAIN"], { error: ballotInputMessages.choiceRequired });

export const ballotMeetingInput = z.object({ meetingId: recordId() });
export const ballotCastInput = z.object({ meetingApplicationId: recordId(), choice });

export type BallotMeetingInput = z.infer<typeof ballotMeetingInput>;
export type BallotCastInput = z.infer<typeof ballotCastInput>;

export type BallotMeetingStatus = "DRAFT" | "PANEL_DRAWN" | "VOTING" | "CLOSED" | "PUBLISHED";

/** One application as the committee's ballot pages show it. */
export type BallotApplication = {
  /** MeetingApplication.id: what a vote names. */
  id: string;
  applicationId: string;
  applicantName: string;
  unitName: string;
  series: string;
  level: TitleLevelCode | null;
  /** The stored tally and result, once the vote is closed; null before. */
  tally: Tally | null;
};

/**
 * 我的表决票: the caller's own ballot in one meeting. `myChoice` is the caller's current vote while
 * voting is open and nobody else's; after the close it is null for everyone, because the link from
 * an expert to a vote no longer exists (README, 无记名投票).
 */
export type MyBallot = {
  meeting: { id: string; name: string; date: Date; place: string; status: BallotMeetingStatus };
  /** Whether the caller may vote now: present on the panel of a meeting that is voting. */
  canVote: boolean;
  /** Why not, when the caller cannot (absent, declined, not yet open, closed); null when they can. */
  notice: string | null;
  items: (BallotApplication & { recused: boolean; myChoice: BallotChoiceCode | null })[];
};

/**
 * 投票进度 for the chair: per application how many of the experts who may vote have voted, never
 * what; after the close, the stored tallies.
 */
export type BallotProgress = {
  meeting: { id: string; name: string; date: Date; place: string; status: BallotMeetingStatus };
  items: (BallotApplication & { voted: number; eligible: number })[];
};

export type CloseVoteResult = { closed: number; passed: number };
