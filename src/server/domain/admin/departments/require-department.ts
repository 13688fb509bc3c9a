import "server-only";
import { departmentMessages } from "@/lib/admin/departments/messages";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";

/** The department a form picked, or a message at that field when it no longer exists. */
export async function requireDepartment(tx: Tx, id: string, field = "departmentId") {
  const department = await tx.department.findUnique({ where: { id }, select: { id: true, name: true } });
  if (!department) throw new AppError("NOT_FOUND", departmentMessages.notFound, { field });
  return department;
}
