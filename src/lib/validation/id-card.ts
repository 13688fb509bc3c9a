/**
 * 公民身份号码 (resident identity card number), GB 11643-1999.
 * 17 digits (6-digit region code, 8-digit birth date, 3-digit sequence) and a check character
 * computed with ISO 7064 MOD 11-2, where a check value of 10 is written as "X".
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

export type IdCardProblem = "length" | "characters" | "birthDate" | "checkDigit";

export const idCardMessages: Record<IdCardProblem, string> = {
  length: "身份证号应为18位",
  characters: "身份证号前17位应为数字，最后一位为数字或X",
  birthDate: "身份证号中的出生日期无效",
  checkDigit: "身份证号校验位不正确，请核对",
};

export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Returns the first rule the value breaks, or null when it is a valid 18-character number. */
export function checkIdCard(raw: string, today: Date = new Date()): IdCardProblem | null {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return "length";
  if (!/^\d{17}[\dX]$/.test(value)) return "characters";
  const birth = idCardBirthDate(value);
  if (!birth || birth > today || birth.getUTCFullYear() < 1800) return "birthDate";
  if (idCardCheckChar(value.slice(0, 17)) !== value[17]) return "checkDigit";
  return null;
}

export function isValidIdCard(raw: string): boolean {
  return checkIdCard(raw) === null;
}

/** Birth date encoded in positions 7–14, or null when it is not a real calendar date. */
export function idCardBirthDate(value: string): Date | null {
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** Gender from the sequence number's parity: odd for male, even for female. */
export function idCardGender(value: string): "男" | "女" {
  return Number(value[16]) % 2 === 1 ? "男" : "女";
}
