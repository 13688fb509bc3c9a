import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AssignableApplication } from "@/lib/committee/views";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { readUnitSnapshot } from "../application/unit-snapshot";
import { requireChairedMeeting } from "./meeting-scope";

/** Applications a meeting of `noticeId` may take: 已申报 at 评委会评审 of that notice, in no meeting yet. */
export const assignableWhere = (noticeId: string): Prisma.ApplicationWhereInput => ({
  noticeId,
  status: "SUBMITTED",
  stage: "COMMITTEE_REVIEW",
  meeting: { is: null },
});

/** 待分配申报 of a meeting's notice, oldest submission first. */
export async function listAssignableApplications(
  db: Db,
  user: SessionUser,
  meetingId: string,
): Promise<AssignableApplication[]> {
  const meeting = await requireChairedMeeting(db, user, meetingId);
  const rows = await db.application.findMany({
    where: assignableWhere(meeting.noticeId),
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, submittedAt: true, unitSnapshot: true, applicant: { select: { name: true } } },
  });
  return rows.map((r) => ({
    applicationId: r.id,
    applicantName: r.applicant.name,
    unitName: readUnitSnapshot(r.unitSnapshot).name,
    submittedAt: r.submittedAt,
  }));
}
