/**
 * The pass rule of a secret ballot (人社部令第40号): an application passes with 同意 from at least
 * two thirds of the experts present who may vote on it (present, on the panel, not recused).
 * Experts who are present but did not vote, or abstained, count in the base all the same: the base
 * is who could have agreed, not who spoke.
 */

/**
 * ⌈2/3 × presentEligible⌉ in integers (no floating point near the edge: 9 present need 6), and at
 * least 1, so an application nobody could vote on (every expert recused) cannot pass with 0 of 0.
 */
export function passThreshold(presentEligible: number): number {
  return Math.max(1, Math.ceil((2 * presentEligible) / 3));
}

/** 同意 / 不同意 / 弃权 counts of one application. */
export type VoteCounts = { agree: number; disagree: number; abstain: number };

/** What a close stores for one application: the counts, the base, the threshold and the result. */
export type Tally = VoteCounts & { presentEligible: number; threshold: number; result: "PASSED" | "FAILED" };

export function tallyOf(counts: VoteCounts, presentEligible: number): Tally {
  const threshold = passThreshold(presentEligible);
  return { ...counts, presentEligible, threshold, result: counts.agree >= threshold ? "PASSED" : "FAILED" };
}
