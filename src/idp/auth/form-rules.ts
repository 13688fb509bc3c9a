import { checkIdCard, idCardMessages } from "../../lib/validation/id-card";
import { isValidMobile, mobileMessage } from "../../lib/validation/mobile";
import { isStrongPassword, passwordRuleText } from "../../lib/validation/password";
import type { FieldErrors } from "../views/components";

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

  return { ...errors, ...newPasswordErrors(input.password, input.confirm) };
}
