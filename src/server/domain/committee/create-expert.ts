import "server-only";
import type { CreateExpertInput } from "@/lib/committee/committee.schema";
import { committeeMessages } from "@/lib/committee/messages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { explainUniqueViolation } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { expertData } from "./expert-data";
import { expertSelect, memberOf, toExpertView } from "./expert-view";
import { requireManagedCommittee } from "./require-managed-committee";

/** 新增评审专家: a member of the committee joins its pool, with what a draw filters on. */
export async function createExpert(db: Db, user: SessionUser, input: CreateExpertInput) {
  await requireManagedCommittee(db, user, input.committeeId);
  const member = await db.roleAssignment.findFirst({
    where: { ...memberOf(input.committeeId), userId: input.userId },
    select: { id: true },
  });
  if (!member) throw new AppError("BAD_REQUEST", committeeMessages.notAMember, { field: "userId" });
  const data = await expertData(db, input);
  return explainUniqueViolation(
    db.$transaction(async (tx) => {
      const expert = await tx.expertProfile.create({
        data: { ...data, userId: input.userId, committeeId: input.committeeId },
        select: expertSelect,
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "expert.create",
        entityType: "ExpertProfile",
        entityId: expert.id,
        detail: { committeeId: input.committeeId, userId: input.userId, specialty: input.specialty },
      });
      return toExpertView(expert, true);
    }),
    {
      model: "ExpertProfile",
      column: "userId",
      index: "ExpertProfile_userId_committeeId_key",
      field: "userId",
      message: committeeMessages.alreadyExpert,
    },
  );
}
