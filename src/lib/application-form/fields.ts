import { z } from "zod";
import type { DictionaryItem } from "@/lib/dictionaries";
import { checkIdCard, idCardMessages } from "@/lib/validation/id-card";
import { MOBILE_PATTERN, mobileMessage } from "@/lib/validation/mobile";
import { checkPatentNumber, patentNumberMessages as patentMessages } from "@/lib/validation/patent-number";
import { checkIssnOrIsbn, cnNumberMessage, isCnNumber, issnIsbnMessages } from "@/lib/validation/publication-numbers";
import { safeText } from "@/lib/validation/text";

/**
 * Field builders shared by every module schema, with the Chinese message at the field. Every text
 * field starts from safeText (src/lib/validation/text.ts): control characters and broken text are
 * refused with that rule's message before any other check.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Asia/Shanghai as YYYY-MM-DD: what "not in the future" means for the applicant. */
export function shanghaiToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const requiredText = (label: string, max = 100) =>
  safeText(`请填写${label}`).trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);

export const optionalText = (label: string, max = 500) =>
  safeText()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** A past-or-today date, as YYYY-MM-DD. */
export const pastDate = (label: string) =>
  z
    .string({ message: `请选择${label}` })
    .min(1, `请选择${label}`)
    .refine((v) => DATE.test(v) && isCalendarDate(v), `${label}格式不正确`)
    .refine((v) => v >= "1900-01-01", `${label}不能早于1900年`)
    .refine((v) => v <= shanghaiToday(), `${label}不能晚于今天`);

export const optionalPastDate = (label: string) =>
  z
    .union([z.literal(""), pastDate(label)])
    .optional()
    .transform((v) => (v ? v : undefined));

export const dictionaryCode = (label: string, items: readonly DictionaryItem[]) =>
  z
    .string({ message: `请选择${label}` })
    .min(1, `请选择${label}`)
    .refine((v) => items.some((i) => i.code === v), `请从列表中选择${label}`);

export const optionalDictionaryCode = (label: string, items: readonly DictionaryItem[]) =>
  z
    .union([z.literal(""), dictionaryCode(label, items)])
    .optional()
    .transform((v) => (v ? v : undefined));

/** Whole number typed into a text box or number input. */
export const integerInRange = (label: string, min: number, max: number) =>
  z.coerce
    .number({ message: `请填写${label}` })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于${min}`)
    .max(max, `${label}不能大于${max}`);

/** An amount typed into a number input; the maximum is named with its unit (项目经费不能超过1000000万元). */
export const decimalInRange = (label: string, min: number, max: number, unit = "") =>
  z.coerce
    .number({ message: `${label}须为数字` })
    .min(min, min === 0 ? `${label}不能为负数` : `${label}不能小于${min}`)
    .max(max, `${label}不能超过${max}${unit}`);

export const idCardField = safeText("请填写身份证号")
  .trim()
  .toUpperCase()
  .superRefine((v, ctx) => {
    const problem = checkIdCard(v);
    if (problem) ctx.addIssue({ code: "custom", message: idCardMessages[problem] });
  });

export const mobileField = safeText("请填写手机号码").trim().regex(MOBILE_PATTERN, mobileMessage);

/** A mobile number or a landline with its area code (a 破格推荐专家's 联系电话). */
export const phoneField = (label: string) =>
  safeText(`请填写${label}`)
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "请填写11位手机号或带区号的固定电话");

/** A number with a format of its own, typed as printed: checked, then kept trimmed and upper-case (X). */
const formatted = (required: string, problemOf: (value: string) => string | null) =>
  safeText(required)
    .trim()
    .toUpperCase()
    .min(1, { error: required, abort: true })
    .superRefine((v, ctx) => {
      const problem = problemOf(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });

/** ISSN of a journal or ISBN of a book, with its check character. */
export const issnIsbnField = formatted("请填写ISSN/ISBN", (v) => {
  const problem = checkIssnOrIsbn(v);
  return problem && issnIsbnMessages[problem];
});

/** CN 刊号 (国内统一连续出版物号) of a journal. */
export const cnNumberField = formatted("请填写CN刊号", (v) => (isCnNumber(v) ? null : cnNumberMessage));

/** 专利号 with its check character. */
export const patentNumberField = formatted("请填写专利号", (v) => {
  const problem = checkPatentNumber(v);
  return problem && patentMessages[problem];
});

/** Adds "end before start" at the end field, the way the form shows it. */
export function endNotBeforeStart<T extends { [k: string]: unknown }>(
  startKey: keyof T & string,
  endKey: keyof T & string,
  message: string,
) {
  return (value: T, ctx: z.RefinementCtx) => {
    const start = value[startKey];
    const end = value[endKey];
    if (typeof start === "string" && typeof end === "string" && start && end && end < start) {
      ctx.addIssue({ code: "custom", path: [endKey], message });
    }
  };
}
