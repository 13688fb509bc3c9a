/**
 * 专利号 / 专利申请号 of the China National Intellectual Property Administration, written as
 * granted patents print it (ZL201010123456.7), with or without "ZL" and spaces between the groups.
 * Since 1 October 2003 (ZC 0006-2003): a 4-digit year, the kind (1 invention, 2 utility model,
 * 3 design, 8 and 9 the PCT national phase of 1 and 2), a 7-digit serial, a dot and the check
 * character; before it: a 2-digit year, the kind and a 5-digit serial. The check character is the
 * digits weighted 2,3,4,5,6,7,8,9,2,3,4,5 in turn, summed, modulo 11, with 10 written X.
 */
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const KINDS = "12389";

export type PatentNumberProblem = "format" | "checkDigit";

export const patentNumberMessages: Record<PatentNumberProblem, string> = {
  format: "专利号格式不正确，应如 ZL202010566088.9（12位数字、小数点和校验位；2003年前的专利为8位数字）",
  checkDigit: "专利号校验位不正确，请核对",
};

export function patentCheckChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * WEIGHTS[i];
  const check = sum % 11;
  return check === 10 ? "X" : String(check);
}

/** Returns what is wrong with a Chinese patent (application) number, or null when it is valid. */
export function checkPatentNumber(raw: string): PatentNumberProblem | null {
  const value = raw.trim().toUpperCase().replace(/^ZL/, "").replace(/\s/g, "");
  const match = /^(\d{12}|\d{8})\.([\dX])$/.exec(value);
  if (!match) return "format";
  const kind = match[1][match[1].length === 12 ? 4 : 2];
  if (!KINDS.includes(kind)) return "format";
  return patentCheckChar(match[1]) === match[2] ? null : "checkDigit";
}
