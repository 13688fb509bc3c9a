/** 身份证号 shown in lists and to reviewers who do not need it in full: 2201**********123X. */
export function maskIdCard(value: string | null | undefined): string {
  if (!value) return "";
  return value.length < 8
    ? "*".repeat(value.length)
    : `${value.slice(0, 4)}${"*".repeat(value.length - 8)}${value.slice(-4)}`;
}

/** Mobile numbers shown as 138****1234. */
export function maskMobile(value: string | null | undefined): string {
  if (!value) return "";
  return value.length < 7 ? "*".repeat(value.length) : `${value.slice(0, 3)}****${value.slice(-4)}`;
}
