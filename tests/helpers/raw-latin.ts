/**
 * Latin words a reader of this system meets in ordinary Chinese text: file formats, the
 * publication and patent number names of the forms, the units of a file size, Excel (导出Excel)
 * and App (「吉事办」App). Anything else in Latin letters on a screen is a raw code, an enum name
 * or untranslated English.
 */
const ordinaryLatin = new Set([
  "PDF",
  "JPG",
  "JPEG",
  "PNG",
  "ISSN",
  "ISBN",
  "CN",
  "KB",
  "MB",
  "QR",
  "SM",
  "ZL",
  "CA",
  "EXCEL",
  "APP",
]);

/**
 * Runs of Latin letters that are not part of a value the person typed or the system numbered:
 * addresses, e-mail addresses, 身份证号 with their X, 统一社会信用代码 (91220101MA…), certificate numbers (JLGC-2026-000001), CN 刊号
 * (11-1234/TP) and
 * file names are stripped first, since they are data, not wording.
 */
export function rawLatinWords(text: string): string[] {
  const stripped = text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g, " ")
    .replace(/\b\d{17}[\dXx]\b/g, " ")
    .replace(/\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g, " ")
    .replace(/\b[A-Z]{2,8}-\d{4}-\d{6}\b/g, " ")
    .replace(/\b\d{2}-\d{4}\/[A-Z]{1,4}\b/g, " ")
    .replace(/[^\s/\\]+\.(pdf|jpg|jpeg|png)\b/gi, " ");
  const words = stripped.match(/[A-Za-z][A-Za-z_]*/g) ?? [];
  return [...new Set(words.filter((w) => !ordinaryLatin.has(w.toUpperCase()) && !/^[A-Za-z]$/.test(w)))];
}
