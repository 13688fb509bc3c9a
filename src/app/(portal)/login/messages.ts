import { identityClaimLabels, isIdentityClaim } from "@/lib/identity/claims";

const errorMessages: Record<string, string> = {
  AccountConflict: "该身份证号已绑定其他账号，请联系系统管理员。",
  OAuthSignin: "无法连接统一身份认证平台，请稍后重试。",
  OAuthCallback: "统一身份认证平台返回的登录结果无效，请重新登录。",
  AccessDenied: "登录被拒绝。",
};

/**
 * The message for `/login?error=…` (next-auth's codes and ours). For an unusable claim it names
 * the claim, so the person can tell the platform's help desk what is missing; `claim` is matched
 * against the known claims, never echoed.
 */
export function signInErrorMessage(error: unknown, claim: unknown): string | null {
  if (typeof error !== "string" || !error) return null;
  if ((error === "ClaimMissing" || error === "ClaimInvalid") && isIdentityClaim(claim)) {
    const label = identityClaimLabels[claim];
    return error === "ClaimMissing"
      ? `统一身份认证平台未提供您的${label}，无法登录。请联系统一身份认证平台补全后重试。`
      : claim === "id_card_number"
        ? `统一身份认证平台提供的${label}未通过校验（GB 11643），无法登录。请联系统一身份认证平台核实。`
        : `统一身份认证平台提供的${label}无效，无法登录。请联系统一身份认证平台核实。`;
  }
  return Object.hasOwn(errorMessages, error) ? errorMessages[error] : "登录失败，请重新登录。";
}
