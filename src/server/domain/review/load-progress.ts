import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EditableScope } from "@/lib/application/editability";
import { calendarDateOf } from "@/lib/calendar/calendar-date";
import type { FlowEventView } from "@/lib/review/application-transitions";
import { type ApplicationProgress, progressNodes } from "@/lib/review/progress";
import type { Db } from "@/server/db";
import { readUnitSnapshot } from "../application/unit-snapshot";

const progressSelect = {
  id: true,
  status: true,
  stage: true,
  submittedAt: true,
  unitSnapshot: true,
  notice: { select: { title: true } },
  publicity: { select: { startsOn: true, endsOn: true, meeting: { select: { name: true } } } },
  flowEvents: {
    orderBy: { sequence: "asc" },
    select: {
      sequence: true,
      at: true,
      action: true,
      stage: true,
      actorRole: true,
      opinion: true,
      returnedModules: true,
      fromStatus: true,
      toStatus: true,
      fromStage: true,
      toStage: true,
    },
  },
} satisfies Prisma.ApplicationSelect;

/**
 * 进度跟踪 of the one application `where` finds (null when none): its 流程推送节点 and every flow
 * event. `where` carries the caller's access rule — the applicant's own application, or a
 * reviewer's (reviewedApplicationsWhere / reviewerProcedure's ctx.application) — so the same read
 * serves both. Events name the actor's role, never the reviewer's person.
 */
export async function loadProgress(db: Db, where: Prisma.ApplicationWhereInput): Promise<ApplicationProgress | null> {
  const row = await db.application.findFirst({ relationLoadStrategy: "join", where, select: progressSelect });
  if (!row) return null;
  const events: FlowEventView[] = row.flowEvents.map((e) => ({
    ...e,
    returnedModules: e.returnedModules as EditableScope[],
  }));
  return {
    application: {
      id: row.id,
      status: row.status,
      stage: row.stage,
      submittedAt: row.submittedAt,
      noticeTitle: row.notice.title,
      unitName: readUnitSnapshot(row.unitSnapshot).name,
    },
    publicity: row.publicity
      ? {
          meetingName: row.publicity.meeting.name,
          startsOn: calendarDateOf(row.publicity.startsOn),
          endsOn: calendarDateOf(row.publicity.endsOn),
        }
      : null,
    nodes: progressNodes(events, { status: row.status, stage: row.stage }),
    events,
  };
}
