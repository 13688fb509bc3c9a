/**
 * A meeting's result for one application as the 评委会 closed it: the counts of the secret ballot
 * and the base of the 2/3 threshold. Never who voted how.
 */
export type MeetingTally = {
  agree: number;
  disagree: number;
  abstain: number;
  /** Present experts not recused from the application. */
  presentEligible: number;
  /** ⌈2/3 × presentEligible⌉ 同意 needed to pass. */
  threshold: number;
};

const counts = (t: MeetingTally) => `同意 ${t.agree} / 出席有效 ${t.presentEligible}，需 ${t.threshold}`;

/** The opinion of the 评委会评审 flow event: meeting, result and tally (「…通过（同意 7 / 出席有效 9，需 6）」). */
export function resultOpinion(meetingName: string, passed: boolean, tally: MeetingTally): string {
  return `评审会议「${meetingName}」：评委会评审${passed ? "通过" : "未通过"}（${counts(tally)}；不同意 ${tally.disagree}，弃权 ${tally.abstain}）`;
}
