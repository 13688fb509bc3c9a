import type { PrismaClient } from "@/generated/prisma/client";
import { shanghaiDate } from "@/lib/calendar/calendar-date";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { PUBLICITY_WORKING_DAYS } from "@/lib/publicity/publicity.types";
import type { MeetingTally } from "@/lib/publicity/tally";
import { packageArrangement } from "@/server/domain/calendar/package-calendar";
import { makeReviewer, pass, type ReviewWorld, submittedApplication } from "./review";
import type { testStorage } from "./storage";

/** A submitted application passed by its unit and department: at 评委会评审. */
export async function applicationAtCommittee(
  db: PrismaClient,
  storage: ReturnType<typeof testStorage>,
  world: ReviewWorld,
  name: string,
) {
  const draft = await submittedApplication(db, storage, world, name);
  await pass(db, world.unit.api, draft.applicationId);
  await pass(db, world.dept.api, draft.applicationId);
  return draft;
}

export type VoteResult = { applicationId: string; passed: boolean; tally: MeetingTally };

/**
 * A meeting of `committeeId` whose vote the chair has closed, with each application's result and
 * tally as `ballot.close` stores them (the ballot itself is the committee issue's other part).
 */
export async function closedMeeting(
  db: PrismaClient,
  world: ReviewWorld,
  { name, noticeId, results }: { name: string; noticeId: string; results: VoteResult[] },
) {
  return db.reviewMeeting.create({
    data: {
      committeeId: world.org.committee.id,
      noticeId,
      name,
      date: new Date("2026-09-20T00:00:00Z"),
      place: "省人社厅第一会议室",
      status: "CLOSED",
      panelSize: 9,
      drawSeed: "5eed",
      drawnAt: new Date(),
      votingOpenedAt: new Date(),
      createdById: world.publisherId,
      closedAt: new Date(),
      applications: {
        create: results.map(({ applicationId, passed, tally }) => ({
          applicationId,
          result: passed ? "PASSED" : "FAILED",
          ...tally,
          closedAt: new Date(),
        })),
      },
    },
  });
}

/** A committee's 主任委员 with a caller acting as them. */
export const makeChair = (db: PrismaClient, world: ReviewWorld, org = world.org, name = "主任委员") =>
  makeReviewer(db, name, "COMMITTEE_CHAIR", org);

/**
 * The tests publish "today". So that they do not fail late in a year whose next year the package
 * does not know yet, that next year gets a minimal entered arrangement (元旦 only) when — and only
 * when — a 公示 published today would reach into it.
 */
export async function ensureCalendarForToday(db: PrismaClient, enteredById: string) {
  const result = addWorkingDays(shanghaiDate(new Date()), PUBLICITY_WORKING_DAYS, packageArrangement);
  if (result.ok) return;
  const y = result.unknownYear;
  await db.holidayYear.create({
    data: { year: y, holidays: [new Date(`${y}-01-01T00:00:00Z`)], workdays: [], enteredById },
  });
}
