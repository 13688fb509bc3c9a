import { checkCreditCode, creditCodeMessages, normalizeCreditCode } from "./credit-code";
import { safeText } from "./text";

export const creditCodeRequiredMessage = "请输入统一社会信用代码";

/**
 * 统一社会信用代码 as typed into a form: blank, wrong length, illegal characters and a wrong check
 * character (GB 32100-2015) each get their own message; surrounding spaces and case do not matter,
 * and the value comes out trimmed and upper-case, as stored.
 */
export const creditCodeField = safeText(creditCodeRequiredMessage)
  .trim()
  .min(1, { error: creditCodeRequiredMessage, abort: true })
  .superRefine((value, ctx) => {
    const problem = checkCreditCode(value);
    if (problem) ctx.addIssue({ code: "custom", message: creditCodeMessages[problem] });
  })
  .transform(normalizeCreditCode);
