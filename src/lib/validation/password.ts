/** The identity platform's password rule: at least 8 characters from at least 3 of 4 character classes. */
export const PASSWORD_MIN_LENGTH = 8;
export const passwordRuleText = "密码至少8位，且包含大写字母、小写字母、数字、特殊符号中的至少3类";

export function passwordClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function isStrongPassword(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && password.length <= 64 && passwordClassCount(password) >= 3;
}
