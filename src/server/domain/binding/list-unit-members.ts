import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { maskIdCard, maskMobile } from "@/lib/mask";
import { paged, pageWindow } from "@/server/domain/shared/pagination";
import type { UnitMembersInput } from "./binding.schema";

/** 本单位人员: people whose binding to the reviewer's units is approved, newest first, numbers masked. */
export async function listUnitMembers(db: Db, unitIds: string[], input: UnitMembersInput) {
  const where: Prisma.UnitBindingWhereInput = {
    status: "APPROVED",
    unitId: { in: unitIds },
    ...(input.q
      ? { user: { OR: [{ name: { contains: input.q, mode: "insensitive" } }, { idCardNumber: input.q.toUpperCase() }] } }
      : {}),
  };
  const result = await paged(
    input,
    db.unitBinding.findMany({
      where,
      orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
      ...pageWindow(input),
      select: {
        id: true,
        decidedAt: true,
        unit: { select: { id: true, name: true } },
        user: { select: { name: true, idCardNumber: true, mobile: true } },
      },
    }),
    db.unitBinding.count({ where }),
  );
  return {
    ...result,
    items: result.items.map(({ user, decidedAt, ...binding }) => ({
      ...binding,
      boundSince: decidedAt,
      member: { name: user.name, idCardNumber: maskIdCard(user.idCardNumber), mobile: maskMobile(user.mobile) },
    })),
  };
}
