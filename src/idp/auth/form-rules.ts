import { checkIdCard, idCardMessages } from "../../lib/validation/id-card";
import { isValidMobile, MOBILE_PATTERN, mobileMessage } from "../../lib/validation/mobile";
import { isStrongPassword, passwordRuleText } from "../../lib/validation/password";
import { unsafeTextError } from "../../lib/validation/text";
import type { FieldErrors } from "../views/components";

/**
 * `errors` with every field whose value is not acceptable text (the app's one text rule,
 * src/lib/validation/text.ts) reporting that instead.
 */
export function withTextErrors(values: Record<string, string>, errors: FieldErrors): FieldErrors {
  const all = { ...errors };
  for (const [name, value] of Object.entries(values)) {
    const problem = unsafeTextError(value);
    if (problem) all[name] = problem;
  }
  return all;
}

/** Sign-in accounts are a 身份证号 or a mobile; anything else is refused before any lookup. */
const isLoginShaped = (login: string) => /^\d{17}[\dXx]$/.test(login) || MOBILE_PATTERN.test(login);
const MAX_PASSWORD_LENGTH = 64;

/** The account field of the login, QR confirm and 忘记密码 forms. */
export function loginError(login: string): string | undefined {
  if (!login) return "请输入身份证号或手机号";
  return unsafeTextError(login) ?? (isLoginShaped(login) ? undefined : "请输入18位身份证号或11位手机号");
}

/** The account and password fields of the login and QR confirm forms. */
export function credentialErrors(login: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  const loginProblem = loginError(login);
  if (loginProblem) errors.login = loginProblem;
  if (!password) errors.password = "请输入密码";
  else if (password.length > MAX_PASSWORD_LENGTH) errors.password = `密码不超过${MAX_PASSWORD_LENGTH}位`;
  return withTextErrors({ password }, errors);
}

export interface RegistrationInput {
  name: string;
  idCardNumber: string;
  mobile: string;
  password: string;
  confirm: string;
}

/** Rules for a new password and its confirmation, shared by registration and recovery. */
export function newPasswordErrors(password: string, confirm: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!password) errors.password = "请输入密码";
  else if (!isStrongPassword(password)) errors.password = passwordRuleText;
  if (!confirm) errors.confirm = "请再次输入密码";
  else if (password && confirm !== password) errors.confirm = "两次输入的密码不一致";
  return errors;
}

export function registrationErrors(input: RegistrationInput): FieldErrors {
  const errors: FieldErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = "请输入姓名";
  else if (name.length > 50) errors.name = "姓名不能超过50个字符";
  else if (/[<>"'&\\/]/.test(name)) errors.name = "姓名含有不允许的字符";

  if (!input.idCardNumber.trim()) errors.idCardNumber = "请输入身份证号";
  else {
    const problem = checkIdCard(input.idCardNumber);
    if (problem) errors.idCardNumber = idCardMessages[problem];
  }

  if (!input.mobile.trim()) errors.mobile = "请输入手机号";
  else if (!isValidMobile(input.mobile)) errors.mobile = mobileMessage;

  return withTextErrors({ ...input }, { ...errors, ...newPasswordErrors(input.password, input.confirm) });
}
