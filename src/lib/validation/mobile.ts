/** Mainland China mobile number: 11 digits starting with 1 and a second digit 3–9. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const mobileMessage = "请输入11位手机号码";

export function isValidMobile(raw: string): boolean {
  return MOBILE_PATTERN.test(raw.trim());
}
