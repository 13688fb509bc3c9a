import { describe, expect, it } from "vitest";
import { formatDateTime, fromShanghaiLocalInput, toShanghaiLocalInput } from "@/lib/datetime";
import { maskIdCard, maskMobile } from "@/lib/mask";
import { safeCallbackPath } from "@/lib/safe-callback";

describe("masking", () => {
  it("hides the middle of 身份证号 and mobile numbers", () => {
    expect(maskIdCard("11010519491231002X")).toBe("1101**********002X");
    expect(maskMobile("13812345678")).toBe("138****5678");
    expect(maskIdCard(null)).toBe("");
  });
});

describe("Asia/Shanghai times", () => {
  it("shows UTC instants in Beijing time and round-trips form values", () => {
    expect(formatDateTime(new Date("2026-03-01T16:30:00Z"))).toBe("2026/03/02 00:30");
    expect(fromShanghaiLocalInput("2026-03-02T00:30").toISOString()).toBe("2026-03-01T16:30:00.000Z");
    expect(toShanghaiLocalInput(new Date("2026-03-01T16:30:00Z"))).toBe("2026-03-02T00:30");
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
