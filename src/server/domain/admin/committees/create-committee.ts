import "server-only";
import type { CreateCommitteeInput } from "@/lib/admin/committees/committee.schema";
import { committeeMessages } from "@/lib/admin/committees/messages";
import type { Db } from "@/server/db";
import { explainUniqueViolation } from "@/server/domain/shared/unique-violation";
import { recordAudit } from "../../audit/record-audit";
import { requireDepartment } from "../departments/require-department";
import { codeTaken } from "./committee-code";

export async function createCommittee(db: Db, actorId: string, input: CreateCommitteeInput) {
  return explainUniqueViolation(
    db.$transaction(async (tx) => {
      const department = await requireDepartment(tx, input.departmentId);
      const committee = await tx.reviewCommittee.create({
        data: {
          name: input.name,
          series: input.series,
          departmentId: department.id,
          ...(input.code ? { code: input.code } : {}),
        },
        select: { id: true, name: true, series: true, code: true },
      });
      await recordAudit(tx, {
        actorId,
        action: "committee.create",
        entityType: "ReviewCommittee",
        entityId: committee.id,
        detail: { name: committee.name, series: committee.series, code: committee.code, department: department.name },
      });
      return committee;
    }),
    {
      model: "ReviewCommittee",
      column: "name",
      index: "ReviewCommittee_name_key",
      field: "name",
      message: committeeMessages.nameTaken,
    },
    codeTaken,
  );
}
