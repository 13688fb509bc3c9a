import { describe, expect, it } from "vitest";
import { checkCreditCode, creditCodeCheckChar, normalizeCreditCode } from "@/lib/validation/credit-code";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it("accepts the standard's published example", () => {
    expect(checkCreditCode("91350100M000100Y43")).toBeNull();
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
  });

  it("accepts lower-case input and normalises it", () => {
    expect(checkCreditCode("91350100m000100y43")).toBeNull();
    expect(normalizeCreditCode(" 91350100m000100y43 ")).toBe("91350100M000100Y43");
  });

  it.each([
    ["91350100M000100Y44", "checkChar"],
    ["91350100M000100Y4", "length"],
    ["91350100M000100Y433", "length"],
    ["91350100M00010OY43", "characters"],
    ["91350100I000100Y43", "characters"],
    ["913501A0M000100Y43", "characters"],
    ["91350100M000100Y4-", "characters"],
  ])("rejects %s as %s", (value, problem) => {
    expect(checkCreditCode(value)).toBe(problem);
  });
});
