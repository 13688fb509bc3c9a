import { describe, expect, it } from "vitest";
import { passThresholdOf, quorumOf, twoThirdsOf } from "@/lib/committee/meeting";

describe("the two-thirds rules of a review meeting", () => {
  it("rounds two thirds up, exactly at multiples of three", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(twoThirdsOf)).toEqual([0, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7]);
  });

  it("a panel of 9 opens with 6 present, a panel of 7 needs 5", () => {
    expect(quorumOf(9)).toBe(6);
    expect(quorumOf(7)).toBe(5);
  });

  it("with 9 present eligible experts 6 同意 pass; a recusal lowers the base to 8, still 6", () => {
    expect(passThresholdOf(9)).toBe(6);
    expect(passThresholdOf(8)).toBe(6);
    expect(passThresholdOf(7)).toBe(5);
  });
});
