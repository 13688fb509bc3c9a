import "server-only";
import type { IdentityClaim } from "@/lib/identity/claims";
import { checkIdCard } from "@/lib/validation/id-card";
import type { IdentityClaims } from "./sync-user-from-claims";

export type ClaimProblem = { claim: IdentityClaim; problem: "missing" | "invalid" };

const text = (value: unknown) => (typeof value === "string" ? value.trim() : value == null ? "" : null);

/**
 * Reads the person from the identity platform's claims, or names the first claim that is missing
 * or unusable. Without a name and a valid 身份证号 (GB 11643) no application can ever be saved,
 * so such a sign-in is refused up front instead of letting the person in to forms they cannot
 * complete. The mobile number is optional.
 */
export function readIdentityClaims(raw: Record<string, unknown>): { claims: IdentityClaims } | ClaimProblem {
  const sub = text(raw.sub);
  if (!sub) return { claim: "sub", problem: sub === "" ? "missing" : "invalid" };
  const name = text(raw.name);
  if (name === "") return { claim: "name", problem: "missing" };
  if (name === null || name.length > 50) return { claim: "name", problem: "invalid" };
  const idCardNumber = text(raw.id_card_number);
  if (idCardNumber === "") return { claim: "id_card_number", problem: "missing" };
  if (idCardNumber === null || checkIdCard(idCardNumber) !== null)
    return { claim: "id_card_number", problem: "invalid" };
  const mobile = text(raw.phone_number);
  return { claims: { sub, name, idCardNumber: idCardNumber.toUpperCase(), mobile: mobile || null } };
}
