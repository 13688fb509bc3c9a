import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { UnitMembersInput } from "@/lib/binding/binding.schema";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";
import { maskedPerson, reviewerBindingSelect } from "./reviewer-view";

/** 本单位人员: people whose binding to the reviewer's units is approved, newest first, numbers masked. */
export async function listUnitMembers(db: Db, unitIds: string[], input: UnitMembersInput) {
  const where: Prisma.UnitBindingWhereInput = {
    status: "APPROVED",
    unitId: { in: unitIds },
    ...(input.q
      ? {
          user: { OR: [{ name: { contains: input.q, mode: "insensitive" } }, { idCardNumber: input.q.toUpperCase() }] },
        }
      : {}),
  };
  const result = await paged(
    input,
    db.unitBinding.findMany({
      where,
      orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
      ...pageWindow(input),
      select: { ...reviewerBindingSelect, decidedAt: true },
    }),
    db.unitBinding.count({ where }),
  );
  return {
    ...result,
    items: result.items.map(({ user, decidedAt, ...binding }) => ({
      ...binding,
      boundSince: decidedAt,
      member: maskedPerson(user),
    })),
  };
}
