import { type MeetingResultCode, passThresholdOf } from "@/lib/committee/meeting";

/**
 * The pass rule of a secret ballot (人社部令第40号): an application passes with 同意 from at least
 * two thirds of the experts present who may vote on it (present, on the panel, not recused) —
 * passThresholdOf, the committee's one statement of the rule. Experts who are present but did not
 * vote, or abstained, count in the base all the same: the base is who could have agreed.
 */

/** 同意 / 不同意 / 弃权 counts of one application. */
export type VoteCounts = { agree: number; disagree: number; abstain: number };

/** What a close stores for one application: the counts, the base, the threshold and the result. */
export type Tally = VoteCounts & { presentEligible: number; threshold: number; result: MeetingResultCode };

/**
 * The tally of one application. It passes with at least `threshold` 同意 and at least one: an
 * application every expert stepped aside from (a base of 0, threshold 0) is not passed by nobody.
 */
export function tallyOf(counts: VoteCounts, presentEligible: number): Tally {
  const threshold = passThresholdOf(presentEligible);
  const passed = counts.agree >= threshold && counts.agree > 0;
  return { ...counts, presentEligible, threshold, result: passed ? "PASSED" : "FAILED" };
}
