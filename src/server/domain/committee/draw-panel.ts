import "server-only";
import type { DrawPanelInput } from "@/lib/committee/committee.schema";
import { committeeMessages } from "@/lib/committee/messages";
import type { DrawResult } from "@/lib/committee/views";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { createAutomaticRecusals } from "./automatic-recusals";
import { drawOrder, newDrawSeed } from "./draw-order";
import { eligibleExperts } from "./eligible-experts";
import { lockMeeting, requireChairedMeeting } from "./meeting-scope";

/**
 * 抽取评审专家: the panel is the first `panelSize` experts of the seeded order of the eligible pool
 * (draw-order.ts). The seed is chosen here, stored on the meeting, and the audit entry records it
 * with the pool as it was, so anyone can replay the draw. Experts of the applicants' units are
 * recused at once.
 */
export async function drawPanel(
  db: Db,
  user: SessionUser,
  input: DrawPanelInput,
  now = new Date(),
): Promise<DrawResult> {
  const meeting = await requireChairedMeeting(db, user, input.meetingId);
  if (meeting.status !== "DRAFT")
    throw new AppError("CONFLICT", committeeMessages.alreadyDrawn, { reason: "NOT_EDITABLE" });
  const seed = newDrawSeed();
  const filter = { specialtySeries: input.specialtySeries || null, specialties: input.specialties };
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting.id, ["DRAFT"], {
      data: {
        status: "PANEL_DRAWN",
        drawSeed: seed,
        drawnAt: now,
        panelSize: input.panelSize,
        specialtySeries: filter.specialtySeries,
        specialties: [...filter.specialties],
      },
      refusal: committeeMessages.alreadyDrawn,
    });
    const pool = await eligibleExperts(tx, meeting.committeeId, meeting.date, filter);
    if (pool.length < input.panelSize)
      // Said at the 专业 filter when one narrowed the pool, else at the panel's size: what to change.
      throw new AppError("BAD_REQUEST", committeeMessages.poolTooSmall(pool.length, input.panelSize), {
        field: filter.specialties.length > 0 ? "specialties" : "panelSize",
      });
    const panel = drawOrder(pool, seed).slice(0, input.panelSize);
    const drawn = [];
    for (const [index, expert] of panel.entries()) {
      const row = await tx.meetingExpert.create({
        data: { meetingId: meeting.id, expertId: expert.id, drawOrder: index + 1 },
        select: { id: true, drawOrder: true },
      });
      drawn.push({ meetingExpertId: row.id, name: expert.user.name, drawOrder: row.drawOrder });
    }
    await createAutomaticRecusals(tx, meeting.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: "meeting.draw",
      entityType: "ReviewMeeting",
      entityId: meeting.id,
      fromStatus: "DRAFT",
      toStatus: "PANEL_DRAWN",
      detail: {
        seed,
        panelSize: input.panelSize,
        specialtySeries: filter.specialtySeries,
        specialties: [...filter.specialties],
        pool: pool.map((e) => e.id),
        drawn: panel.map((e) => e.id),
      },
    });
    return { drawn };
  });
}
