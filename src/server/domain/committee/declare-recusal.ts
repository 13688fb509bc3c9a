import "server-only";
import type { DeclareRecusalInput } from "@/lib/committee/committee.schema";
import { committeeMessages } from "@/lib/committee/messages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/domain/shared/unique-violation";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { lockMeeting, requireSeat } from "./meeting-scope";

/**
 * 申请回避: an expert of the panel steps aside from one application, with a reason, before voting
 * opens. From then on they neither vote on it nor count in its threshold.
 */
export async function declareRecusal(db: Db, user: SessionUser, input: DeclareRecusalInput) {
  const seat = await requireSeat(db, user, input.meetingId);
  try {
    return await db.$transaction(async (tx) => {
      await lockMeeting(tx, input.meetingId, ["PANEL_DRAWN"], { refusal: committeeMessages.recusalClosed });
      const entry = await tx.meetingApplication.findFirst({
        where: { meetingId: input.meetingId, applicationId: input.applicationId },
        select: { id: true },
      });
      if (!entry) throw new AppError("NOT_FOUND", committeeMessages.applicationNotInMeeting);
      await tx.recusal.create({
        data: { meetingApplicationId: entry.id, meetingExpertId: seat.id, automatic: false, reason: input.reason },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "meeting.recuse",
        entityType: "ReviewMeeting",
        entityId: input.meetingId,
        detail: { applicationId: input.applicationId, reason: input.reason },
      });
      return { recused: true };
    });
  } catch (error) {
    if (
      isUniqueViolation(error, {
        model: "Recusal",
        column: "meetingExpertId",
        index: "Recusal_meetingApplicationId_meetingExpertId_key",
      })
    )
      throw new AppError("CONFLICT", committeeMessages.alreadyRecused, { reason: "ALREADY_EXISTS" });
    throw error;
  }
}
