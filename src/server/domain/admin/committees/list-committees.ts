import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ListCommitteesInput } from "@/lib/admin/committees/committee.schema";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";

export async function listCommittees(db: Db, input: ListCommitteesInput) {
  const where: Prisma.ReviewCommitteeWhereInput = {
    ...(input.q ? { name: { contains: input.q, mode: "insensitive" } } : {}),
    ...(input.series ? { series: input.series } : {}),
  };
  return paged(
    input,
    db.reviewCommittee.findMany({
      where,
      orderBy: { name: "asc" },
      ...pageWindow(input),
      select: {
        id: true,
        name: true,
        series: true,
        code: true,
        departmentId: true,
        department: { select: { name: true } },
        _count: { select: { notices: true, roles: { where: { revokedAt: null } } } },
      },
    }),
    db.reviewCommittee.count({ where }),
  );
}
