import "server-only";
import type { SetExpertActiveInput, UpdateExpertInput } from "@/lib/committee/committee.schema";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { changedFields } from "@/server/domain/shared/changed-fields";
import { recordAudit } from "../audit/record-audit";
import { expertData } from "./expert-data";
import { dayOf, expertSelect, memberOf, toExpertView } from "./expert-view";
import { requireManagedExpert } from "./require-managed-committee";

const auditedOf = (row: {
  specialtySeries: string;
  specialty: string;
  currentTitle: string;
  workUnitName: string;
  termStart: Date;
  termEnd: Date;
}) => ({
  specialtySeries: row.specialtySeries,
  specialty: row.specialty,
  currentTitle: row.currentTitle,
  workUnitName: row.workUnitName,
  termStart: dayOf(row.termStart),
  termEnd: dayOf(row.termEnd),
});

async function isMember(db: Db, committeeId: string, userId: string) {
  return (await db.roleAssignment.count({ where: { ...memberOf(committeeId), userId } })) > 0;
}

/** 修改评审专家: specialty, title, work unit, term. Past panels keep naming the same expert. */
export async function updateExpert(db: Db, user: SessionUser, input: UpdateExpertInput) {
  const { committeeId, userId } = await requireManagedExpert(db, user, input.expertId);
  const data = await expertData(db, input);
  const expert = await db.$transaction(async (tx) => {
    const before = await tx.expertProfile.findUniqueOrThrow({ where: { id: input.expertId }, select: expertSelect });
    const after = await tx.expertProfile.update({ where: { id: input.expertId }, data, select: expertSelect });
    await recordAudit(tx, {
      actorId: user.id,
      action: "expert.update",
      entityType: "ExpertProfile",
      entityId: after.id,
      detail: changedFields(auditedOf(before), auditedOf(after)),
    });
    return after;
  });
  return toExpertView(expert, await isMember(db, committeeId, userId));
}

/** 停用 / 启用: a deactivated expert stays in the pool (and on past panels) but is never drawn. */
export async function setExpertActive(db: Db, user: SessionUser, input: SetExpertActiveInput) {
  const { committeeId, userId, active } = await requireManagedExpert(db, user, input.expertId);
  const expert = await db.$transaction(async (tx) => {
    const after = await tx.expertProfile.update({
      where: { id: input.expertId },
      data: { active: input.active },
      select: expertSelect,
    });
    if (active !== input.active)
      await recordAudit(tx, {
        actorId: user.id,
        action: input.active ? "expert.activate" : "expert.deactivate",
        entityType: "ExpertProfile",
        entityId: after.id,
      });
    return after;
  });
  return toExpertView(expert, await isMember(db, committeeId, userId));
}
