import { describe, expect, it } from "vitest";
import { checkIdCard, idCardBirthDate, idCardGender } from "@/lib/validation/id-card";

describe("身份证号 (GB 11643-1999)", () => {
  it.each([
    ["11010519491231002X", "the standard's example with check character X"],
    ["440524188001010014", "the standard's second example"],
    ["11010519491231002x", "a lower-case x is accepted"],
  ])("accepts %s (%s)", (value) => {
    expect(checkIdCard(value)).toBeNull();
  });

  it.each([
    ["110105194912310021", "checkDigit"],
    ["110105194912310020", "checkDigit"],
    ["1101051949123100", "length"],
    ["11010519491231002XX", "length"],
    ["11010519491231002Y", "characters"],
    ["1101051949123A002X", "characters"],
    ["110105194902300027", "birthDate"],
    ["110105204912310023", "birthDate"],
  ])("rejects %s as %s", (value, problem) => {
    expect(checkIdCard(value, new Date("2026-11-26"))).toBe(problem);
  });

  it("reads the birth date and the gender", () => {
    expect(idCardBirthDate("11010519491231002X")?.toISOString().slice(0, 10)).toBe("1949-12-31");
    expect(idCardGender("11010519491231002X")).toBe("女");
    expect(idCardGender("440524188001010014")).toBe("男");
  });
});
