import type { PrismaClient } from "@/generated/prisma/client";
import { dateValue, shanghaiDate, yearOf } from "@/lib/calendar/calendar-date";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { PUBLICITY_WORKING_DAYS } from "@/lib/publicity/publicity.types";
import type { MeetingTally } from "@/lib/publicity/tally";
import { packageArrangement } from "@/server/domain/calendar/package-calendar";
import { startDraft } from "./application-form";
import { makeUser, type Org } from "./fixtures";
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

/**
 * An application in 公示 for the hostile-input table: a draft moved straight to 公示 with a
 * published meeting and its public entry, and pending objections on demand
 * (a finding consumes one).
 */
export async function hostilePublicity(db: PrismaClient, org: Org, adminId: string) {
  const draft = await startDraft(db, org, adminId, "公示人");
  await db.application.update({
    where: { id: draft.applicationId },
    data: { status: "SUBMITTED", stage: "PUBLICITY" },
  });
  const meeting = await db.reviewMeeting.create({
    data: {
      committeeId: org.committee.id,
      noticeId: draft.notice.id,
      name: "公示测试评审会",
      date: new Date("2026-09-20T00:00:00Z"),
      place: "会议室",
      status: "PUBLISHED",
      drawSeed: "5eed",
      createdById: adminId,
    },
  });
  const today = shanghaiDate(new Date());
  const publicity = await db.publicity.create({
    data: {
      applicationId: draft.applicationId,
      meetingId: meeting.id,
      applicantName: "公示人",
      unitName: org.unit.name,
      series: "ENGINEERING",
      appliedTitle: "高级工程师",
      appliedLevel: "SUB_SENIOR",
      startsOn: dateValue(today),
      // Far enough ahead that objections are taken whatever day the tests run.
      endsOn: dateValue(`${yearOf(today) + 1}-12-31`),
      publishedAt: new Date(),
    },
  });
  return {
    publicityId: publicity.id,
    async pendingObjection() {
      const filer = await makeUser(db, "异议人");
      return (
        await db.publicityObjection.create({
          data: { publicityId: publicity.id, filedById: filer.id, text: "异议", filedAt: new Date() },
        })
      ).id;
    },
  };
}
