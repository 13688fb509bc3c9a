import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ListUnitsInput } from "@/lib/admin/units/unit.schema";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";

export async function listUnits(db: Db, input: ListUnitsInput) {
  const where: Prisma.UnitWhereInput = input.q
    ? {
        OR: [
          { name: { contains: input.q, mode: "insensitive" } },
          { creditCode: { startsWith: input.q.toUpperCase() } },
        ],
      }
    : {};
  return paged(
    input,
    db.unit.findMany({
      where,
      orderBy: { name: "asc" },
      ...pageWindow(input),
      select: {
        id: true,
        name: true,
        creditCode: true,
        departmentId: true,
        department: { select: { name: true } },
        _count: { select: { roles: { where: { revokedAt: null } } } },
      },
    }),
    db.unit.count({ where }),
  );
}
