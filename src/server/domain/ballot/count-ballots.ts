import "server-only";
import type { BallotChoiceCode } from "@/lib/ballot/ballot-contract";
import { type Tally, tallyOf } from "@/lib/ballot/threshold";

export type OpenVoteRow = { meetingApplicationId: string; meetingExpertId: string; choice: BallotChoiceCode };
/** A present expert of the panel (not declined) and the applications they are recused from. */
export type PresentExpert = { id: string; recusedFrom: ReadonlySet<string> };

/** What the close writes for one application: its tally, its anonymous ballots, who took part. */
export type CountedApplication = {
  meetingApplicationId: string;
  tally: Tally;
  /** The choices alone, in an order that depends on the counts only (同意…, 不同意…, 弃权…). */
  ballots: BallotChoiceCode[];
  /** Seats that voted, sorted by id: nothing of when or how they voted. */
  participants: string[];
};

const choiceOrder: readonly BallotChoiceCode[] = ["AGREE", "DISAGREE", "ABSTAIN"];

/**
 * Counts a meeting's open votes per application. The base of each application is its present,
 * non-recused experts; a vote from anyone outside it (marked absent or recused after voting, which
 * the committee's rules should not allow but the count does not trust) is not counted and its
 * holder is not recorded as having voted.
 *
 * The ballots come out grouped by choice, so their order is a function of the tally, which is
 * public anyway: it cannot follow the order in which experts voted, or the order of the seats.
 */
export function countBallots(
  meetingApplicationIds: readonly string[],
  present: readonly PresentExpert[],
  votes: readonly OpenVoteRow[],
): CountedApplication[] {
  const byApplication = new Map<string, Map<string, BallotChoiceCode>>();
  for (const vote of votes) {
    const of = byApplication.get(vote.meetingApplicationId) ?? new Map<string, BallotChoiceCode>();
    of.set(vote.meetingExpertId, vote.choice);
    byApplication.set(vote.meetingApplicationId, of);
  }
  return [...meetingApplicationIds].sort().map((meetingApplicationId) => {
    const eligible = present.filter((e) => !e.recusedFrom.has(meetingApplicationId)).map((e) => e.id);
    const cast = byApplication.get(meetingApplicationId) ?? new Map<string, BallotChoiceCode>();
    const participants = eligible.filter((id) => cast.has(id)).sort();
    const counts = { AGREE: 0, DISAGREE: 0, ABSTAIN: 0 };
    for (const id of participants) counts[cast.get(id) as BallotChoiceCode] += 1;
    return {
      meetingApplicationId,
      tally: tallyOf({ agree: counts.AGREE, disagree: counts.DISAGREE, abstain: counts.ABSTAIN }, eligible.length),
      ballots: choiceOrder.flatMap((choice) => Array<BallotChoiceCode>(counts[choice]).fill(choice)),
      participants,
    };
  });
}
