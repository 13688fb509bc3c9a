import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ListDepartmentsInput } from "@/lib/admin/departments/department.schema";
import type { Db } from "@/server/db";
import { paged, pageWindow } from "@/server/domain/shared/pagination";

export async function listDepartments(db: Db, input: ListDepartmentsInput) {
  const where: Prisma.DepartmentWhereInput = input.q ? { name: { contains: input.q, mode: "insensitive" } } : {};
  return paged(
    input,
    db.department.findMany({
      where,
      orderBy: { name: "asc" },
      ...pageWindow(input),
      select: { id: true, name: true, createdAt: true, _count: { select: { units: true, committees: true } } },
    }),
    db.department.count({ where }),
  );
}
