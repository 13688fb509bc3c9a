import { describe, expect, it } from "vitest";
import { tallyOf } from "@/lib/ballot/threshold";
import { countBallots, type OpenVoteRow } from "@/server/domain/ballot/count-ballots";

describe("the two-thirds threshold", () => {
  it("9 present: 6 同意 pass, 5 do not", () => {
    expect(tallyOf({ agree: 6, disagree: 3, abstain: 0 }, 9).result).toBe("PASSED");
    expect(tallyOf({ agree: 5, disagree: 0, abstain: 4 }, 9).result).toBe("FAILED");
  });

  it("nobody eligible: the application cannot pass with 0 of 0", () => {
    expect(tallyOf({ agree: 0, disagree: 0, abstain: 0 }, 0)).toMatchObject({ threshold: 0, result: "FAILED" });
  });
});

describe("counting the open votes", () => {
  const present = [
    { id: "s1", recusedFrom: new Set<string>() },
    { id: "s2", recusedFrom: new Set(["a"]) },
    { id: "s3", recusedFrom: new Set<string>() },
  ];

  it("counts only present, non-recused experts and records who voted without how", () => {
    const votes: OpenVoteRow[] = [
      { meetingApplicationId: "a", meetingExpertId: "s3", choice: "DISAGREE" },
      { meetingApplicationId: "a", meetingExpertId: "s2", choice: "AGREE" },
      { meetingApplicationId: "a", meetingExpertId: "s1", choice: "AGREE" },
      { meetingApplicationId: "a", meetingExpertId: "absent", choice: "AGREE" },
    ];
    const [a] = countBallots(["a"], present, votes);
    expect(a.tally).toEqual({ agree: 1, disagree: 1, abstain: 0, presentEligible: 2, threshold: 2, result: "FAILED" });
    expect(a.participants).toEqual(["s1", "s3"]);
    expect(a.ballots).toEqual(["AGREE", "DISAGREE"]);
  });

  it("writes the ballots in an order fixed by the tally, whatever order the votes came in", () => {
    const votes: OpenVoteRow[] = [
      { meetingApplicationId: "b", meetingExpertId: "s1", choice: "ABSTAIN" },
      { meetingApplicationId: "b", meetingExpertId: "s2", choice: "DISAGREE" },
      { meetingApplicationId: "b", meetingExpertId: "s3", choice: "AGREE" },
    ];
    const forward = countBallots(["b"], present, votes)[0].ballots;
    const backward = countBallots(["b"], present, [...votes].reverse())[0].ballots;
    expect(forward).toEqual(["AGREE", "DISAGREE", "ABSTAIN"]);
    expect(backward).toEqual(forward);
  });
});
