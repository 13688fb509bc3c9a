import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SearchPeopleInput } from "@/lib/admin/roles/role.schema";
import { maskIdCard } from "@/lib/mask";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";
import { roleScopeSelect, toRoleView } from "./role-view";

/** People by name or 身份证号, with their active roles; the 身份证号 leaves the server masked. */
export async function searchPeople(db: Db, input: SearchPeopleInput) {
  const where: Prisma.UserWhereInput = input.q
    ? {
        OR: [
          { name: { contains: input.q, mode: "insensitive" } },
          { idCardNumber: { contains: input.q.toUpperCase() } },
        ],
      }
    : {};
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
