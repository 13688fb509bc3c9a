import "server-only";
import type { DeclineExpertInput } from "@/lib/committee/committee.schema";
import { committeeMessages } from "@/lib/committee/messages";
import type { DrawResult } from "@/lib/committee/views";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { createAutomaticRecusals } from "./automatic-recusals";
import { drawOrder } from "./draw-order";
import { eligibleExperts } from "./eligible-experts";
import { lockMeeting, requireChairedMeeting } from "./meeting-scope";

/**
 * 专家谢绝与替补: the expert leaves the panel (kept as 已谢绝) and the next expert of the draw's
 * seeded order who was never drawn for this meeting takes the place — the same replay as the draw,
 * continued. When the pool has no one left, the panel is one smaller and the result says so (no one drawn).
 */
export async function declineExpert(db: Db, user: SessionUser, input: DeclineExpertInput): Promise<DrawResult> {
  const meeting = await requireChairedMeeting(db, user, input.meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting.id, ["PANEL_DRAWN"]);
    const seat = await tx.meetingExpert.findFirst({
      where: { id: input.meetingExpertId, meetingId: meeting.id },
      select: { id: true, status: true, expertId: true },
    });
    if (!seat) throw new AppError("NOT_FOUND", committeeMessages.expertNotOnPanel);
    if (seat.status === "DECLINED") throw new AppError("CONFLICT", committeeMessages.alreadyDeclined);
    await tx.meetingExpert.update({
      where: { id: seat.id },
      data: { status: "DECLINED", declineReason: input.reason, present: false, presentMarkedAt: null },
    });
    const current = await tx.reviewMeeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: {
        drawSeed: true,
        specialtySeries: true,
        specialties: true,
        experts: { select: { expertId: true, drawOrder: true } },
      },
    });
    const taken = new Set(current.experts.map((e) => e.expertId));
    const pool = await eligibleExperts(tx, meeting.committeeId, meeting.date, current);
    const next = drawOrder(pool, current.drawSeed ?? "").find((e) => !taken.has(e.id));
    const drawn = [];
    if (next) {
      const drawOrderNext = Math.max(...current.experts.map((e) => e.drawOrder)) + 1;
      const row = await tx.meetingExpert.create({
        data: { meetingId: meeting.id, expertId: next.id, drawOrder: drawOrderNext },
        select: { id: true, drawOrder: true },
      });
      drawn.push({ meetingExpertId: row.id, name: next.user.name, drawOrder: row.drawOrder });
      await createAutomaticRecusals(tx, meeting.id);
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "meeting.decline",
      entityType: "ReviewMeeting",
      entityId: meeting.id,
      detail: {
        declined: seat.expertId,
        reason: input.reason,
        replacement: next?.id ?? null,
        pool: pool.map((e) => e.id),
      },
    });
    return { drawn };
  });
}
