import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, fromShanghaiLocalInput, toShanghaiLocalInput } from "@/lib/datetime";
import { maskIdCard, maskMobile } from "@/lib/mask";
import { safeCallbackPath } from "@/lib/safe-callback";
import { submissionMessages } from "@/lib/submission/messages";

describe("masking", () => {
  it("hides the middle of 身份证号 and mobile numbers", () => {
    expect(maskIdCard("11010519491231002X")).toBe("1101**********002X");
    expect(maskMobile("13812345678")).toBe("138****5678");
    expect(maskIdCard(null)).toBe("");
  });
});

describe("Asia/Shanghai times", () => {
  it("shows UTC instants in Beijing time, the way a notice states them, and round-trips form values", () => {
    expect(formatDateTime(new Date("2026-03-01T16:30:00Z"))).toBe("2026年3月2日 00:30");
    expect(formatDateTime("2027-01-28T09:00:00Z")).toBe("2027年1月28日 17:00");
    expect(formatDateTime(null)).toBe("");
    expect(fromShanghaiLocalInput("2026-03-02T00:30").toISOString()).toBe("2026-03-01T16:30:00.000Z");
    expect(toShanghaiLocalInput(new Date("2026-03-01T16:30:00Z"))).toBe("2026-03-02T00:30");
  });

  it("shows a day alone as 「2027年1月28日」: the Beijing day of an instant, a calendar date as written", () => {
    expect(formatDate(new Date("2026-12-31T16:05:00Z"))).toBe("2027年1月1日");
    expect(formatDate("2019-06-30")).toBe("2019年6月30日");
    expect(formatDate("")).toBe("");
  });

  it("words a refusal's deadline the same way", () => {
    expect(submissionMessages.windowEnded(new Date("2027-01-28T09:00:00Z"))).toBe("申报已于2027年1月28日 17:00截止");
  });
});

describe("sign-in return path", () => {
  it("allows only same-site paths", () => {
    expect(safeCallbackPath("/admin/units?page=2")).toBe("/admin/units?page=2");
    expect(safeCallbackPath("https://evil.example/")).toBe("/hall");
    expect(safeCallbackPath("//evil.example/")).toBe("/hall");
    expect(safeCallbackPath("/\\evil.example")).toBe("/hall");
    expect(safeCallbackPath(undefined)).toBe("/hall");
  });
});
