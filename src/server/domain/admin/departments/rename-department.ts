import "server-only";
import type { RenameDepartmentInput } from "@/lib/admin/departments/department.schema";
import { departmentMessages } from "@/lib/admin/departments/messages";
import type { Db } from "@/server/db";
import { changedFields } from "@/server/domain/shared/changed-fields";
import { explainUniqueViolation } from "@/server/domain/shared/unique-violation";
import { recordAudit } from "../../audit/record-audit";
import { requireDepartment } from "./require-department";

export async function renameDepartment(db: Db, actorId: string, input: RenameDepartmentInput) {
  return explainUniqueViolation(
    db.$transaction(async (tx) => {
      const before = await requireDepartment(tx, input.id, "name");
      const department = await tx.department.update({
        where: { id: input.id },
        data: { name: input.name },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        actorId,
        action: "department.rename",
        entityType: "Department",
        entityId: department.id,
        detail: changedFields({ name: before.name }, { name: department.name }),
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
