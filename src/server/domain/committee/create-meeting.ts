import "server-only";
import type { CreateMeetingInput } from "@/lib/committee/committee.schema";
import { committeeMessages } from "@/lib/committee/messages";
import type { SessionUser } from "@/server/auth/session-user";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { chairedCommitteeIds } from "./committee-scope";
import { dateOfDay } from "./expert-view";

/** 新建评审会议 by the 主任委员, for a published (or closed) notice of their committee. */
export async function createMeeting(db: Db, user: SessionUser, input: CreateMeetingInput) {
  if (!chairedCommitteeIds(user).includes(input.committeeId))
    throw new AppError("NOT_FOUND", committeeMessages.committeeNotFound);
  const notice = await db.notice.findFirst({
    where: { id: input.noticeId, committeeId: input.committeeId, status: { not: "DRAFT" } },
    select: { id: true },
  });
  if (!notice) throw new AppError("NOT_FOUND", committeeMessages.noticeNotFound, { field: "noticeId" });
  return db.$transaction(async (tx) => {
    const meeting = await tx.reviewMeeting.create({
      data: {
        committeeId: input.committeeId,
        noticeId: notice.id,
        name: input.name,
        date: dateOfDay(input.date),
        place: input.place,
        createdById: user.id,
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "meeting.create",
      entityType: "ReviewMeeting",
      entityId: meeting.id,
      toStatus: "DRAFT",
      detail: { name: input.name, date: input.date, place: input.place, noticeId: notice.id },
    });
    return meeting;
  });
}

/** The notices a chair may hold meetings for: published or closed notices of their committees. */
export function listMeetingNotices(db: Db, user: SessionUser) {
  return db.notice.findMany({
    where: { committeeId: { in: chairedCommitteeIds(user) }, status: { not: "DRAFT" } },
    orderBy: { endsAt: "desc" },
    select: { id: true, title: true, committeeId: true, committee: { select: { name: true } } },
  });
}
