import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { maskIdCard, maskMobile } from "@/lib/mask";

/** What a unit reviewer's lists read of a binding: the unit, and the person behind it. */
export const reviewerBindingSelect = {
  id: true,
  unit: { select: { id: true, name: true } },
  user: { select: { name: true, idCardNumber: true, mobile: true } },
} satisfies Prisma.UnitBindingSelect;

type Person = Prisma.UserGetPayload<{ select: (typeof reviewerBindingSelect)["user"]["select"] }>;

/** The person as a reviewer sees them, 身份证号 and mobile masked: they recognise staff, they do not need the numbers. */
export function maskedPerson(user: Person) {
  return { name: user.name, idCardNumber: maskIdCard(user.idCardNumber), mobile: maskMobile(user.mobile) };
}
