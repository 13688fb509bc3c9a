import type { TitleSeriesCode } from "@/lib/dictionaries";
import type { MeetingExpertStatusCode, MeetingResultCode, MeetingStatusCode } from "./meeting";

/** What the committee procedures return to the pages (src/server/api/routers/committee.ts). */

/** One expert of a committee's pool (评审专家库). Dates are YYYY-MM-DD. */
export type ExpertView = {
  id: string;
  userId: string;
  name: string;
  specialtySeries: TitleSeriesCode;
  specialty: string;
  currentTitle: string;
  workUnitId: string | null;
  workUnitName: string;
  termStart: string;
  termEnd: string;
  active: boolean;
  /** Still holds 评委会成员 for the committee: only then can they be drawn. */
  isMember: boolean;
};

/** A committee the caller manages the pool of, with its experts. */
export type ExpertPool = { committee: { id: string; name: string; series: string }; experts: ExpertView[] };

/** A person who may be added to the pool: holds 评委会成员 for the committee and is not in it yet. */
export type ExpertCandidate = { userId: string; name: string };

/** A meeting in a list. */
export type MeetingSummary = {
  id: string;
  name: string;
  date: string;
  place: string;
  status: MeetingStatusCode;
  committeeName: string;
  noticeTitle: string;
  applicationCount: number;
  /** The caller runs it (主任委员 of its committee); otherwise the caller sits on its panel. */
  isChair: boolean;
};

/** An expert drawn for a meeting, as the chair sees the panel. */
export type PanelExpertView = {
  id: string;
  drawOrder: number;
  status: MeetingExpertStatusCode;
  declineReason: string | null;
  present: boolean;
  presentMarkedAt: Date | null;
  name: string;
  specialty: string;
  currentTitle: string;
  workUnitName: string;
};

export type RecusalView = { meetingExpertId: string; expertName: string; automatic: boolean; reason: string };

/** An application of a meeting. */
export type MeetingApplicationView = {
  applicationId: string;
  applicantName: string;
  unitName: string;
  result: MeetingResultCode | null;
  tally: {
    agree: number;
    disagree: number;
    abstain: number;
    presentEligible: number;
    threshold: number;
  } | null;
  /** The chair sees every 回避; an expert only their own. */
  recusals: RecusalView[];
};

/** One meeting as the chair or a panel expert sees it. */
export type MeetingDetail = MeetingSummary & {
  committeeId: string;
  noticeId: string;
  /** Bumped by every change of the meeting's status or panel. */
  version: number;
  panelSize: number | null;
  specialtySeries: string | null;
  specialties: string[];
  /** The draw's seed, shown to the chair (the draw is replayed from it); null before the draw. */
  drawSeed: string | null;
  drawnAt: Date | null;
  votingOpenedAt: Date | null;
  closedAt: Date | null;
  publishedAt: Date | null;
  /** The chair's view of the panel (declined experts included); an expert sees it too, without attendance. */
  panel: PanelExpertView[];
  /** Non-declined experts, present ones, and the quorum: ⌈2/3 × seated⌉. */
  attendance: { seated: number; present: number; quorum: number };
  applications: MeetingApplicationView[];
  /** The caller's own seat when they sit on the panel. */
  mySeat: { meetingExpertId: string; present: boolean } | null;
};

/** An application that can be assigned to a meeting: at 评委会评审 for its notice, in no meeting. */
export type AssignableApplication = {
  applicationId: string;
  applicantName: string;
  unitName: string;
  submittedAt: Date | null;
};

/** The result of a draw or a replacement: the experts added to the panel. */
export type DrawResult = { drawn: { meetingExpertId: string; name: string; drawOrder: number }[] };
