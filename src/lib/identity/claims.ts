/** The identity platform's claims the app relies on, with the wording shown when one is unusable. */
export const identityClaimLabels = {
  sub: "账号标识（sub）",
  name: "姓名（name）",
  id_card_number: "身份证号（id_card_number）",
} as const;

export type IdentityClaim = keyof typeof identityClaimLabels;

export function isIdentityClaim(value: unknown): value is IdentityClaim {
  return typeof value === "string" && Object.hasOwn(identityClaimLabels, value);
}
