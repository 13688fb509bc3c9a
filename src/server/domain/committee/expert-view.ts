import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ExpertView } from "@/lib/committee/views";
import type { TitleSeriesCode } from "@/lib/dictionaries";

/** A DATE column as YYYY-MM-DD (stored at UTC midnight). */
export const dayOf = (value: Date) => value.toISOString().slice(0, 10);

/** YYYY-MM-DD as the DATE column stores it. */
export const dateOfDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The active 评委会成员 assignments of a committee: an expert must hold one to be drawn. */
export const memberOf = (committeeId: string) =>
  ({ role: "COMMITTEE_MEMBER", committeeId, revokedAt: null }) satisfies Prisma.RoleAssignmentWhereInput;

export const expertSelect = {
  id: true,
  userId: true,
  committeeId: true,
  specialtySeries: true,
  specialty: true,
  currentTitle: true,
  workUnitId: true,
  workUnitName: true,
  termStart: true,
  termEnd: true,
  active: true,
  user: { select: { name: true } },
} satisfies Prisma.ExpertProfileSelect;

type ExpertRow = Prisma.ExpertProfileGetPayload<{ select: typeof expertSelect }>;

export function toExpertView(row: ExpertRow, isMember: boolean): ExpertView {
  return {
    id: row.id,
    userId: row.userId,
    name: row.user.name,
    specialtySeries: row.specialtySeries as TitleSeriesCode,
    specialty: row.specialty,
    currentTitle: row.currentTitle,
    workUnitId: row.workUnitId,
    workUnitName: row.workUnitName,
    termStart: dayOf(row.termStart),
    termEnd: dayOf(row.termEnd),
    active: row.active,
    isMember,
  };
}
