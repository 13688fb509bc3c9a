/**
 * The numbers that identify a publication, as an applicant copies them from its copyright page:
 * ISSN (ISO 3297: 8 characters, NNNN-NNNC, a MOD 11 check character where 10 is written X),
 * ISBN (ISO 2108: ISBN-10 with a MOD 11 check character, ISBN-13 with the EAN MOD 10 check digit,
 * hyphens or spaces between the groups) and the 国内统一连续出版物号 (CN 刊号, GB/T 9999: a
 * two-digit region code, a four-digit serial and the 中图法 class, CN 11-2560/TP). An optional
 * "ISSN"/"ISBN"/"CN" prefix and lower-case letters are accepted, as printed on covers.
 */

export type PublicationNumberProblem = "format" | "checkDigit";

export const issnIsbnMessages: Record<PublicationNumberProblem, string> = {
  format: "ISSN/ISBN格式不正确：ISSN如 1000-9825，ISBN如 978-7-111-54493-7",
  checkDigit: "ISSN/ISBN校验位不正确，请核对",
};

export const cnNumberMessage = "CN刊号格式不正确，应如 CN 11-2560/TP";

const stripPrefix = (raw: string, prefix: string) =>
  raw
    .trim()
    .toUpperCase()
    .replace(new RegExp(`^${prefix}[\\s:：]*`), "");

/** The ISSN check character of its first seven digits. */
export function issnCheckChar(first7: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(first7[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? "X" : String(check);
}

/** Returns what is wrong with an ISSN, or null when it is valid. */
export function checkIssn(raw: string): PublicationNumberProblem | null {
  const match = /^(\d{4})-?(\d{3})([\dX])$/.exec(stripPrefix(raw, "ISSN"));
  if (!match) return "format";
  const digits = match[1] + match[2];
  return issnCheckChar(digits) === match[3] ? null : "checkDigit";
}

export function isbn10CheckChar(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? "X" : String(check);
}

export function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** Returns what is wrong with an ISBN-10 or ISBN-13, or null when it is valid. */
export function checkIsbn(raw: string): PublicationNumberProblem | null {
  const value = stripPrefix(raw, "ISBN(?:-1[03])?");
  // Groups are separated by single hyphens or spaces, never at the ends.
  if (!/^[\dX](?:[- ]?[\dX])*$/.test(value)) return "format";
  const compact = value.replace(/[- ]/g, "");
  if (/^\d{9}[\dX]$/.test(compact)) return isbn10CheckChar(compact) === compact[9] ? null : "checkDigit";
  if (/^97[89]\d{10}$/.test(compact)) return isbn13CheckDigit(compact) === compact[12] ? null : "checkDigit";
  return "format";
}

/**
 * ISSN/ISBN of a paper or book: whichever of the two the value is. A value shaped like an ISSN
 * is checked as one; anything else as an ISBN.
 */
export function checkIssnOrIsbn(raw: string): PublicationNumberProblem | null {
  const issn = checkIssn(raw);
  if (issn !== "format") return issn;
  return checkIsbn(raw);
}

/** Whether the value is a CN 刊号 (国内统一连续出版物号) such as CN 11-2560/TP or CN 44-1214/G4. */
export function isCnNumber(raw: string): boolean {
  return /^\d{2}-\d{4}\/[A-Z]{1,2}\d{0,2}$/.test(stripPrefix(raw, "CN"));
}
