import "server-only";
import { unitMessages } from "@/lib/admin/units/messages";
import type { UpdateUnitInput } from "@/lib/admin/units/unit.schema";
import type { Db } from "@/server/db";
import { changedFields } from "@/server/domain/shared/changed-fields";
import { explainUniqueViolation } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { recordAudit } from "../../audit/record-audit";
import { requireDepartment } from "../departments/require-department";
import { creditCodeTaken } from "./unit-conflicts";

export async function updateUnit(db: Db, actorId: string, input: UpdateUnitInput) {
  return explainUniqueViolation(
    db.$transaction(async (tx) => {
      const before = await tx.unit.findUnique({
        where: { id: input.id },
        select: { name: true, creditCode: true, department: { select: { name: true } } },
      });
      if (!before) throw new AppError("NOT_FOUND", unitMessages.notFound);
      const department = await requireDepartment(tx, input.departmentId);
      const unit = await tx.unit.update({
        where: { id: input.id },
        data: { name: input.name, creditCode: input.creditCode, departmentId: department.id },
        select: { id: true, name: true, creditCode: true },
      });
      // The department's reviewers find the unit's applications by this copy (the reviewer queues).
      await tx.application.updateMany({ where: { unitId: unit.id }, data: { departmentId: department.id } });
      await recordAudit(tx, {
        actorId,
        action: "unit.update",
        entityType: "Unit",
        entityId: unit.id,
        detail: changedFields(
          { name: before.name, creditCode: before.creditCode, department: before.department.name },
          { name: unit.name, creditCode: unit.creditCode, department: department.name },
        ),
      });
      return unit;
    }),
    creditCodeTaken,
  );
}
