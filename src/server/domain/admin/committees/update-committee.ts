import "server-only";
import type { UpdateCommitteeInput } from "@/lib/admin/committees/committee.schema";
import { committeeMessages } from "@/lib/admin/committees/messages";
import type { Db } from "@/server/db";
import { changedFields } from "@/server/domain/shared/changed-fields";
import { explainUniqueViolation } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { recordAudit } from "../../audit/record-audit";
import { requireDepartment } from "../departments/require-department";
import { codeTaken } from "./committee-code";

export async function updateCommittee(db: Db, actorId: string, input: UpdateCommitteeInput) {
  return explainUniqueViolation(
    db.$transaction(async (tx) => {
      const before = await tx.reviewCommittee.findUnique({
        where: { id: input.id },
        select: { name: true, series: true, code: true, department: { select: { name: true } } },
      });
      if (!before) throw new AppError("NOT_FOUND", committeeMessages.notFound);
      // A notice's committee must review the notice's series; re-labelling a committee that
      // already serves notices of another series would silently break that rule.
      const mismatched = await tx.notice.count({ where: { committeeId: input.id, series: { not: input.series } } });
      if (mismatched > 0)
        throw new AppError("CONFLICT", committeeMessages.seriesLocked, { field: "series", reason: "IN_USE" });
      const department = await requireDepartment(tx, input.departmentId);
      const committee = await tx.reviewCommittee.update({
        where: { id: input.id },
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
        action: "committee.update",
        entityType: "ReviewCommittee",
        entityId: committee.id,
        detail: changedFields(
          { name: before.name, series: before.series, code: before.code, department: before.department.name },
          { name: committee.name, series: committee.series, code: committee.code, department: department.name },
        ),
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
