import "server-only";
import { scopeIdsOf } from "@/lib/roles/role-scopes";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/domain/shared/transaction";
import { AppError } from "@/server/errors";
import { ballotMessages as m } from "./messages";

/**
 * The caller's place on a meeting's panel (MeetingExpert), found through their own expert profile
 * in a committee they are a member of — never through an id the client sends. Null for anyone
 * not on the panel, who then learns nothing of the meeting's ballot.
 */
export async function findSeat(db: Db | Tx, user: SessionUser, meetingId: string) {
  const committeeIds = scopeIdsOf(user.roles, "COMMITTEE_MEMBER");
  if (committeeIds.length === 0) return null;
  return db.meetingExpert.findFirst({
    where: { meetingId, expert: { userId: user.id, committeeId: { in: committeeIds } } },
    select: {
      id: true,
      status: true,
      present: true,
      recusals: { select: { meetingApplicationId: true } },
      meeting: { select: { id: true, name: true, date: true, place: true, status: true } },
    },
  });
}

export type Seat = NonNullable<Awaited<ReturnType<typeof findSeat>>>;

/**
 * Why the seat's holder may not vote now — declined or absent (FORBIDDEN: it is who they are), or
 * the meeting not voting (CONFLICT: it is when) — or null when they may. Recusals are per application.
 */
export function seatRefusal(seat: Pick<Seat, "status" | "present" | "meeting">): AppError | null {
  if (seat.status === "DECLINED") return new AppError("FORBIDDEN", m.declined);
  if (!seat.present) return new AppError("FORBIDDEN", m.absent);
  if (seat.meeting.status === "DRAFT" || seat.meeting.status === "PANEL_DRAWN") {
    return new AppError("CONFLICT", m.notOpen, { reason: "NOT_EDITABLE" });
  }
  if (seat.meeting.status !== "VOTING") return new AppError("CONFLICT", m.closed, { reason: "ALREADY_HANDLED" });
  return null;
}
