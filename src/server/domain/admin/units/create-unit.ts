import "server-only";
import type { CreateUnitInput } from "@/lib/admin/units/unit.schema";
import type { Db } from "@/server/db";
import { explainUniqueViolation } from "@/server/domain/shared/unique-violation";
import { recordAudit } from "../../audit/record-audit";
import { requireDepartment } from "../departments/require-department";
import { creditCodeTaken } from "./unit-conflicts";

export async function createUnit(db: Db, actorId: string, input: CreateUnitInput) {
  return explainUniqueViolation(
    db.$transaction(async (tx) => {
      const department = await requireDepartment(tx, input.departmentId);
      const unit = await tx.unit.create({
        data: { name: input.name, creditCode: input.creditCode, departmentId: department.id },
        select: { id: true, name: true, creditCode: true },
      });
      await recordAudit(tx, {
        actorId,
        action: "unit.create",
        entityType: "Unit",
        entityId: unit.id,
        detail: { name: unit.name, creditCode: unit.creditCode, department: department.name },
      });
      return unit;
    }),
    creditCodeTaken,
  );
}
