import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SearchPeopleInput } from "@/lib/admin/roles/role.schema";
import { maskIdCard } from "@/lib/mask";
import { MOBILE_PATTERN } from "@/lib/validation/mobile";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";
import { roleScopeSelect, toRoleView } from "./role-view";

/**
 * What the search box's text is: a whole 身份证号 (18 characters, a trailing x in either case), a
 * whole mobile number, or else part of a name. Numbers match only whole: a substring search over
 * 身份证号 let anyone who saw a masked number (2201**********123X) recover it a digit at a time.
 */
function matching(q: string): Prisma.UserWhereInput {
  if (/^\d{17}[\dXx]$/.test(q)) return { idCardNumber: q.toUpperCase() };
  if (MOBILE_PATTERN.test(q)) return { mobile: q };
  return { name: { contains: q, mode: "insensitive" } };
}

/** People by name, mobile or whole 身份证号, with their active roles; the 身份证号 leaves the server masked. */
export async function searchPeople(db: Db, input: SearchPeopleInput) {
  const where: Prisma.UserWhereInput = input.q ? matching(input.q) : {};
  const { items, ...page } = await paged(
    input,
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...pageWindow(input),
      select: {
        id: true,
        name: true,
        idCardNumber: true,
        ssoSubject: true,
        roles: { where: { revokedAt: null }, orderBy: { grantedAt: "asc" }, select: roleScopeSelect },
      },
    }),
    db.user.count({ where }),
  );
  return {
    ...page,
    items: items.map((u) => ({
      id: u.id,
      name: u.name,
      idCardMasked: maskIdCard(u.idCardNumber),
      signedIn: u.ssoSubject !== null,
      roles: u.roles.map(toRoleView),
    })),
  };
}
