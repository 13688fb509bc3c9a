/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 * 18 characters from a 31-character alphabet (digits and upper-case letters except I, O, Z, S, V):
 * registration authority (1), organisation category (1), region code (6 digits),
 * organisation code (9) and a MOD 31 check character.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = "length" | "characters" | "checkChar";

export const creditCodeMessages: Record<CreditCodeProblem, string> = {
  length: "统一社会信用代码应为18位",
  characters: "统一社会信用代码只能包含数字和大写字母（不含I、O、Z、S、V），第3至8位为行政区划码",
  checkChar: "统一社会信用代码校验位不正确，请核对",
};

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Returns the first rule the value breaks, or null when it is valid. */
export function checkCreditCode(raw: string): CreditCodeProblem | null {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return "length";
  if (![...value].every((c) => ALPHABET.includes(c)) || !/^..\d{6}/.test(value)) return "characters";
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return "checkChar";
  return null;
}

export function isValidCreditCode(raw: string): boolean {
  return checkCreditCode(raw) === null;
}

export function normalizeCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}
