import "server-only";
import type { CreateDepartmentInput } from "@/lib/admin/departments/department.schema";
import { departmentMessages } from "@/lib/admin/departments/messages";
import type { Db } from "@/server/db";
import { explainUniqueViolation } from "@/server/domain/shared/unique-violation";
import { recordAudit } from "../../audit/record-audit";

export async function createDepartment(db: Db, actorId: string, input: CreateDepartmentInput) {
  return explainUniqueViolation(
    db.$transaction(async (tx) => {
      const department = await tx.department.create({ data: { name: input.name }, select: { id: true, name: true } });
      await recordAudit(tx, {
        actorId,
        action: "department.create",
        entityType: "Department",
        entityId: department.id,
        detail: { name: department.name },
      });
      return department;
    }),
    {
      model: "Department",
      column: "name",
      index: "Department_name_key",
      field: "name",
      message: departmentMessages.nameTaken,
    },
  );
}
