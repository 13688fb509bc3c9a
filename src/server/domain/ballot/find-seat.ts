import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { mySeatWhere } from "@/server/domain/committee/meeting-scope";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { ballotMessages as m } from "./messages";

/**
 * The caller's seat on a meeting's panel (MeetingExpert), found through their own expert profile
 * as the committee's procedures find it (mySeatWhere: drawn, not declined, still a member) — never
 * through an id the client sends. Null for anyone else, who then learns nothing of the ballot.
 */
export async function findSeat(db: Db | Tx, user: SessionUser, meetingId: string) {
  return db.meetingExpert.findFirst({
    where: { AND: [{ meetingId }, mySeatWhere(user)] },
    select: {
      id: true,
      present: true,
      recusals: { select: { meetingApplicationId: true } },
      meeting: { select: { id: true, name: true, date: true, place: true, status: true } },
    },
  });
}

export type Seat = NonNullable<Awaited<ReturnType<typeof findSeat>>>;

/**
 * Why the seat's holder may not vote now — absent (FORBIDDEN: it is who they are), or the meeting
 * not voting (CONFLICT: it is when) — or null when they may. Recusals are per application.
 */
export function seatRefusal(seat: Pick<Seat, "present" | "meeting">): AppError | null {
  if (!seat.present) return new AppError("FORBIDDEN", m.absent);
  if (seat.meeting.status === "DRAFT" || seat.meeting.status === "PANEL_DRAWN") {
    return new AppError("CONFLICT", m.notOpen, { reason: "NOT_EDITABLE" });
  }
  if (seat.meeting.status !== "VOTING") return new AppError("CONFLICT", m.closed, { reason: "ALREADY_HANDLED" });
  return null;
}
