import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "@/app/(portal)/login/messages";

describe("the sign-in page says why a sign-in was refused", () => {
  it("names the claim the identity platform did not provide", () => {
    expect(signInErrorMessage("ClaimMissing", "id_card_number")).toContain("身份证号（id_card_number）");
    expect(signInErrorMessage("ClaimMissing", "name")).toContain("未提供您的姓名（name）");
  });

  it("says a 身份证号 failed the national check", () => {
    expect(signInErrorMessage("ClaimInvalid", "id_card_number")).toContain("未通过校验（GB 11643）");
  });

  it("never echoes an unknown claim name, and treats odd queries as a plain failure", () => {
    expect(signInErrorMessage("ClaimMissing", "<script>")).toBe("登录失败，请重新登录。");
    expect(signInErrorMessage("ClaimMissing", ["name", "sub"])).toBe("登录失败，请重新登录。");
    expect(signInErrorMessage("toString", undefined)).toBe("登录失败，请重新登录。");
    expect(signInErrorMessage(undefined, undefined)).toBeNull();
    expect(signInErrorMessage(["AccessDenied"], undefined)).toBeNull();
  });

  it("keeps next-auth's own codes", () => {
    expect(signInErrorMessage("OAuthCallback", undefined)).toBe("统一身份认证平台返回的登录结果无效，请重新登录。");
  });
});
